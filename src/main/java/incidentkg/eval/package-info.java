/**
 * Scores the loader against annotated corpora.
 */
package incidentkg.eval;
