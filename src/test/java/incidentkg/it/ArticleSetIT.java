package incidentkg.it;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-written articles (src/test/resources/articles) through the real loader into one store: two reports
 * of one attack become one incident with each report's figure; an attack in the same city a year later
 * stays apart; a football report and an election report give no incident; a text in capitals gives the
 * same incident as its mixed-case original.
 */
class ArticleSetIT extends LoadedArticles {
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    ArticleSetIT() {
        super("src/test/resources/articles", "merge-a", "merge-b", "merge-c", "football", "election", "capitals-mixed",
                "capitals-upper");
    }

    private List<String> rows(String query, String... vars) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> {
                    List<String> cells = new ArrayList<>();
                    for (String v : vars)
                        cells.add(r.contains(v) ? (r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm()
                                                                         : r.getResource(v).getURI()) : "");
                    out.add(String.join(" | ", cells));
                });
            }
            return out;
        });
    }

    private Set<String> incidentsOf(String article) {
        return new TreeSet<>(rows("SELECT DISTINCT ?i WHERE { ?i ikg:supportedBy ?a . ?a dcterms:identifier \""
                                  + article + "\" }", "i"));
    }

    @Test
    void twoReportsOfOneAttackShareOneIncidentWithBothFigures() {
        assertEquals(Set.of("https://w3id.org/incidentkg/resource/incident/2020-03-03-kano-attack"),
                     incidentsOf("merge-a"));
        assertEquals(incidentsOf("merge-a"), incidentsOf("merge-b"));
        assertEquals(new TreeSet<>(List.of("12 | merge-a", "19 | merge-b")), new TreeSet<>(rows("""
                SELECT ?n ?id WHERE {
                  GRAPH ?g { <https://w3id.org/incidentkg/resource/incident/2020-03-03-kano-attack> ikg:tally ?t .
                             ?t ikg:tallyKind ikg:Killed ; ikg:count ?n }
                  ?g dcterms:identifier ?id }""", "n", "id")));
    }

    @Test
    void anotherAttackInTheSameCityAYearLaterStaysApart() {
        assertEquals(Set.of("https://w3id.org/incidentkg/resource/incident/2021-05-07-kano-attack"),
                     incidentsOf("merge-c"));
    }

    @Test
    void sportsAndElectionNewsGiveNoIncident() {
        assertEquals(Set.of(), incidentsOf("football"));
        assertEquals(Set.of(), incidentsOf("election"));
    }

    @Test
    void capitalsGiveTheSameIncidentAsMixedCase() {
        String q = """
                SELECT ?i ?type ?date ?city ?perp ?n WHERE {
                  GRAPH ?g { ?i a ?type ; ikg:date ?date ; ikg:city ?city ; ikg:perpetrator ?perp ;
                                ikg:tally [ ikg:tallyKind ikg:Killed ; ikg:count ?n ] }
                  ?g dcterms:identifier "%s" }""";
        List<String> mixed = rows(q.formatted("capitals-mixed"), "i", "type", "date", "city", "perp", "n");
        List<String> upper = rows(q.formatted("capitals-upper"), "i", "type", "date", "city", "perp", "n");
        assertEquals(List.of("https://w3id.org/incidentkg/resource/incident/1990-01-08-lima-attack"
                + " | https://w3id.org/incidentkg/ontology#Bombing | 1990-01-08"
                + " | https://w3id.org/incidentkg/resource/place/lima"
                + " | https://w3id.org/incidentkg/resource/organization/shining-path | 3"), mixed);
        assertEquals(mixed, upper);
    }
}
