package incidentkg.link;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The candidate query, run here over a small Wikidata-shaped model, and the reading of its answers. */
class CandidateQueryTest {
    static final String DATA = """
        PREFIX wd: <http://www.wikidata.org/entity/>
        PREFIX wdt: <http://www.wikidata.org/prop/direct/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        wd:Q900001 rdfs:label "Port \\"Royal\\""@en ; wdt:P31 wd:Q900100 ; wdt:P17 wd:Q912 , wd:Q142 .
        wd:Q900100 wdt:P279 wd:Q515 .
        wd:Q900002 skos:altLabel "Port \\"Royal\\""@en ; wdt:P31 wd:Q43229 .
        wd:Q900003 rdfs:label "Old Port"@en ; rdfs:label "Port \\"Royal\\""@fr .
        wd:Q900004 rdfs:label "Port Royal"@en .
        <http://example.org/notAnItem> rdfs:label "Port \\"Royal\\""@en .
        """;

    @Test
    void findsLabelsAliasesAndOtherNamesWithTypesAndCountries() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(m);
        Unlinked e = new Unlinked("https://w3id.org/incidentkg/resource/place/port-royal",
                "https://w3id.org/incidentkg/ontology#City", "Port \"Royal\"", Set.of("Old Port"), null);
        Map<String, Double> classes = Map.of(LinkVocab.wd("Q515"), 1.0, LinkVocab.wd("Q43229"), 0.5);
        List<Candidate> got;
        try (QueryExecution qe = QueryExecution.create().query(CandidateQuery.of(e, classes)).model(m).build()) {
            got = CandidateQuery.read(qe.execSelect(), classes);
        }
        assertEquals(List.of(
                new Candidate(LinkVocab.wd("Q900001"), Candidate.Match.LABEL, 1.0, Set.of(LinkVocab.wd("Q142"), LinkVocab.wd("Q912"))),
                new Candidate(LinkVocab.wd("Q900002"), Candidate.Match.ALIAS, 0.5, Set.of()),
                new Candidate(LinkVocab.wd("Q900003"), Candidate.Match.ALT_LABEL, 0.0, Set.of())),
                got);
    }
}
