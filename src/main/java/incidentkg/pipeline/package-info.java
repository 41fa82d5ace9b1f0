/**
 * Runs the stages of the loader in order: text, nlp, extract, resolve, rdf.
 */
package incidentkg.pipeline;
