package incidentkg.it;

import incidentkg.store.Store;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/roles/*.txt) through the real loader: the dependency
 * rules around violent verbs and nouns find who did it (subject, "blamed X for"), who suffered it (object,
 * passive subject, a victim's title), what was hit, and who was arrested; a description keeps its adjectives as a
 * form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleRulesIT {
    private static final Path DIR = Path.of("src/test/resources/roles");
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private Store store;

    @BeforeAll
    void load() throws Exception {
        store = Seed.inMemory(DIR, "roles-kidnap", "roles-judge");
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** The labels of what the incidents supported by {@code article} have in {@code property}. */
    private Set<String> labels(String article, String property) {
        return labelsWhere(article, "?i " + property + " ?x");
    }

    /** The labels of the persons ikg:suspectIn / ikg:killedIn an incident of {@code article}. */
    private Set<String> persons(String article, String property) {
        return labelsWhere(article, "?x " + property + " ?i");
    }

    /** The labels of {@code ?x} where {@code pattern} holds in the graph of {@code article}, for its incidents {@code ?i}. */
    private Set<String> labelsWhere(String article, String pattern) {
        String query = PREFIXES + """
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { %s } ?x rdfs:label ?l }""".formatted(article, pattern);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> out.add(r.getLiteral("l").getLexicalForm()));
            }
            return out;
        });
    }

    @Test
    void theSubjectOfAViolentVerbIsThePerpetratorAndItsObjectTheVictim() {
        assertTrue(labels("roles-kidnap", "ikg:perpetrator").contains("guerrillas"),
                   labels("roles-kidnap", "ikg:perpetrator").toString());
        assertTrue(labels("roles-kidnap", "ikg:victim").stream().anyMatch(l -> l.endsWith("engineers")),
                   labels("roles-kidnap", "ikg:victim").toString());
    }

    @Test
    void theObjectOfBurnedIsATarget() {
        assertTrue(labels("roles-kidnap", "ikg:target").contains("bus"), labels("roles-kidnap", "ikg:target").toString());
    }

    @Test
    void theObjectOfArrestedIsASuspect() {
        assertEquals(Set.of("Pedro Alvarado Ruiz"), persons("roles-kidnap", "ikg:suspectIn"));
    }

    @Test
    void aMurderedJudgeIsAVictimByNameAndByTitle() {
        Set<String> victims = labels("roles-judge", "ikg:victim");
        assertTrue(victims.contains("Rosa Mendez Parra"), victims.toString());
        assertTrue(victims.contains("judge") || victims.contains("Judge"), victims.toString());
        assertEquals(Set.of("Rosa Mendez Parra"), persons("roles-judge", "ikg:killedIn"));
    }

    @Test
    void theSubjectOfMurderedAndThoseBlamedArePerpetrators() {
        Set<String> perpetrators = labels("roles-judge", "ikg:perpetrator");
        assertTrue(perpetrators.contains("individuals"),
                   perpetrators.toString());
        assertTrue(perpetrators.contains("rebels"), perpetrators.toString());
    }

    @Test
    void aDescriptionKeepsItsAdjectivesAsAnAlternativeLabel() {
        String query = PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "roles-judge" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i ikg:perpetrator ?x } ?x skos:altLabel ?l }""";
        Set<String> alt = Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> out.add(r.getLiteral("l").getLexicalForm()));
            }
            return out;
        });
        assertTrue(alt.contains("unidentified individuals"), alt.toString());
    }
}
