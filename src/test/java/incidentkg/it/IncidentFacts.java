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
