/**
 * The embedded Fuseki server that serves the dataset as /kg, read-only unless write users are configured.
 */
package incidentkg.server;
