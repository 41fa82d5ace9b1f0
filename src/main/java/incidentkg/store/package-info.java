/**
 * The TDB2 store: one write transaction per article, the limits and time budget of an article before it is
 * written, the text index over names, backup and restore.
 */
package incidentkg.store;
