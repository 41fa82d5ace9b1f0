package incidentkg.link;

import incidentkg.rules.DataException;
import incidentkg.rules.DataSource;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class table: the Q-IDs are the ontology's own alignments; bad rows fail with FILE:LINE. */
class WikidataClassesTest {
    static final String IKG = "https://w3id.org/incidentkg/ontology#";

    @Test
    void everyClassIsAnAlignmentOfTheClassOrOfItsSuperClassInTheOntology() {
        Model onto = RDFDataMgr.loadModel("ontology/ikg.ttl");
        WikidataClasses t = WikidataClasses.load(DataSource.folder(Path.of("data")));
        int rows = 0;
        for (String cls : t.ikgClasses()) {
            for (Map.Entry<String, Double> e : t.compatible(cls).entrySet()) {
                rows++;
                String path = e.getValue() == 1.0 ? "" : "rdfs:subClassOf/";
                String ask = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        + "ASK { <" + cls + "> " + path + "(skos:closeMatch|skos:broadMatch|skos:narrowMatch|skos:exactMatch) <"
                        + e.getKey() + "> }";
                try (QueryExecution qe = QueryExecution.create().query(ask).model(onto).build()) {
                    assertTrue(qe.execAsk(), cls + " -> " + e.getKey() + " is not an alignment in ontology/ikg.ttl");
                }
            }
        }
        assertEquals(15, rows);
        assertEquals(Map.of(LinkVocab.wd("Q515"), 1.0), t.compatible(IKG + "City"));
        assertEquals(Map.of(), t.compatible(IKG + "Venue"));
    }

    @Test
    void aBadRowNamesFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("link"));
        Files.writeString(dir.resolve(WikidataClasses.FILE), "# comment\nikgClass\twikidata\tweight\tsource\n"
                + "ikg:City\tQ515\t1\tontology\nikg:Town\t515\t1\tnowhere\n");
        DataException e = assertThrows(DataException.class, () -> WikidataClasses.load(DataSource.folder(dir)));
        assertEquals(dir + "/link/wikidata-classes.tsv:4: wikidata must be a Q-ID, found '515'", e.getMessage());
    }
}
