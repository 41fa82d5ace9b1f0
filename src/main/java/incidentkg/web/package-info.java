/**
 * The web pages served beside /kg: dereferenceable resource IRIs with content negotiation, incident,
 * entity and article pages with their evidence, related incidents, graph and timeline views, search and a
 * SPARQL query editor; every page is rendered on the server from a few SPARQL queries.
 */
package incidentkg.web;
