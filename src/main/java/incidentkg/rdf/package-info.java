/**
 * The IncidentKG vocabulary, IRIs, RDF graph building and SHACL validation.
 */
package incidentkg.rdf;
