/**
 * The embedded Fuseki server that serves the dataset read-only as /kg.
 */
package incidentkg.server;
