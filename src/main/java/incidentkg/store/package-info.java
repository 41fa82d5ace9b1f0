/**
 * The TDB2 store: one write transaction per article.
 */
package incidentkg.store;
