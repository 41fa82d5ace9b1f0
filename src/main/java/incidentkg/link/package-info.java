/**
 * Link sets: reconciles entities that the gazetteer did not link against a SPARQL endpoint holding
 * Wikidata-shaped data, and writes accepted links, with how they were made, into a link-set graph.
 */
package incidentkg.link;
