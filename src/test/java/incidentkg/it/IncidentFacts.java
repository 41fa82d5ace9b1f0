package incidentkg.it;

import incidentkg.store.Store;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import java.util.Set;
import java.util.TreeSet;

/** Reads what a test store says about the incidents of one hand-written article, as sorted strings. */
final class IncidentFacts {
    static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private IncidentFacts() {}

    /**
     * The labels of {@code ?x} where {@code pattern} holds in the graph of the article whose identifier is
     * {@code article}, for the incidents {@code ?i} it supports.
     */
    static Set<String> labelsWhere(Store store, String article, String pattern) {
        return literals(store, PREFIXES + """
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { %s } ?x rdfs:label ?l }""".formatted(article, pattern), "l");
    }

    /** The labels of what the incidents supported by {@code article} have in {@code property}. */
    static Set<String> labels(Store store, String article, String property) {
        return labelsWhere(store, article, "?i " + property + " ?x");
    }

    /** The other names (skos:altLabel) of what the incidents of {@code article} have in {@code property}. */
    static Set<String> altLabels(Store store, String article, String property) {
        return literals(store, PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i %s ?x } ?x skos:altLabel ?l }""".formatted(article, property), "l");
    }

    /** The labels of the incidents supported by the article whose identifier is {@code article}. */
    static Set<String> incidentLabels(Store store, String article) {
        return literals(store, PREFIXES + """
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a ; rdfs:label ?l }""".formatted(article), "l");
    }

    /** The lexical forms of {@code var}'s literals in the answers of {@code query}, sorted. */
    static Set<String> literals(Store store, String query, String var) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> out.add(r.getLiteral(var).getLexicalForm()));
            }
            return out;
        });
    }
}
