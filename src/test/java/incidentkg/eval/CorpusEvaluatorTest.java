package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the invented corpora, with a loader that reads hand-written TriG for each
 * document ({@code eval/loader/<doc>.trig}) and fails when there is none.
 */
class CorpusEvaluatorTest {
    static final Path RESOURCES = Path.of("src/test/resources/eval");

    /** A real loader of fixture data: the graph the IncidentKG loader could have written. */
    static final DocumentLoader FIXTURES = (file, dataset) -> {
        String doc = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Path trig = RESOURCES.resolve("loader").resolve(doc + ".trig");
        if (!Files.exists(trig))
            throw new IOException("no fixture for " + doc);
        RDFDataMgr.read(dataset, trig.toString());
    };

    @TempDir
    Path temp;

    @Test
    void mucCorpusEndToEnd() throws IOException {
        List<String> progress = new ArrayList<>();
        EvalReport report = CorpusEvaluator.builder(FIXTURES)
                .ontology(RESOURCES.resolve("loader/ontology.ttl"))
                .tempDirectory(temp)
                .progress((done, total, doc) -> progress.add(done + "/" + total + " " + doc))
                .build()
                .evaluate(RESOURCES.resolve("muc-corpus"));

        assertEquals(List.of("1/3 TEST-0001", "2/3 TEST-0002", "3/3 TEST-0003"), progress);
        assertEquals("muc-corpus", report.corpus());
        assertEquals(CorpusKind.MUC4, report.kind());
        assertEquals(3, report.documents());
        assertEquals(2, report.loaded());
        assertEquals(List.of(new EvalReport.Failure("TEST-0002", "IOException: no fixture for TEST-0002")), report.failures());
        assertEquals(3, report.incidents());  // the demonstration is exported, then left out of MUC-4 scoring
        assertNull(report.relaxed());

        Scores s = report.strict();
        // the bombing of TEST-0001 matches template 1; the kidnapping (TEST-0001) and the arson
        // (TEST-0002, not loaded) are missed; the optional template of TEST-0002 costs nothing;
        // the bombing on irrelevant TEST-0003 is a false positive
        assertEquals(new SlotScore("incidents", 1, 1, 2), s.detection());
        assertEquals(1, s.predictedOnNegatives());
        assertEquals(new SlotScore("incident_type", 1, 1, 2), s.slot("incident_type"));
        assertEquals(new SlotScore("date", 1, 0, 1), s.slot("date"));
        assertEquals(new SlotScore("country", 1, 1, 2), s.slot("country"));
        assertEquals(new SlotScore("city", 1, 0, 1), s.slot("city"));
        assertEquals(new SlotScore("perp_individual", 0, 0, 1), s.slot("perp_individual"));
        assertEquals(new SlotScore("perp_organization", 1, 0, 1), s.slot("perp_organization"));
        assertEquals(new SlotScore("claimed_by", 1, 0, 0), s.slot("claimed_by"));
        assertEquals(new SlotScore("phys_target", 1, 0, 1), s.slot("phys_target"));
        assertEquals(new SlotScore("hum_target", 0, 0, 1), s.slot("hum_target"));
        assertEquals(new SlotScore("instrument", 1, 0, 0), s.slot("instrument"));
        assertEquals(new SlotScore("killed", 0, 0, 0), s.slot("killed"));
        assertEquals(new SlotScore("wounded", 1, 0, 0), s.slot("wounded"));
        assertEquals(new SlotScore("freed", 0, 0, 1), s.slot("freed"));
        assertEquals(new CountAccuracy("wounded", 1, 1, 0), s.count("wounded"));
        assertEquals(new SlotScore("overall", 3, 0, 4), s.overall());

        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "the temporary dataset is deleted");
        }

        String table = report.toTable();
        assertTrue(table.startsWith("muc-corpus (MUC-4): 3 documents, 2 loaded, 1 failed, 3 incidents exported\n"), table);
        // P 1/2, R 1/3, F1 2/5
        assertTrue(table.contains("\nincident_type            0.500   0.333   0.400      1      1      2\n"), table);
        assertTrue(table.contains("\noverall (micro)          1.000   0.429   0.600      3      0      4\n"), table);
        assertTrue(table.contains("\n  TEST-0002: IOException: no fixture for TEST-0002\n"), table);
        assertTrue(table.contains("\nwounded                      1       1     1.000 0\n"), table);
        assertTrue(table.contains("\nkilled                       0       0         - 0\n"), table);

        JsonObject json = JsonParser.parseString(report.toJson()).getAsJsonObject();
        assertEquals("MUC-4", json.get("kind").getAsString());
        assertEquals(2, json.get("loaded").getAsInt());
        JsonObject type = json.getAsJsonObject("strict").getAsJsonArray("slots").get(0).getAsJsonObject();
        assertEquals("incident_type", type.get("slot").getAsString());
        assertEquals(2, type.get("fn").getAsInt());
        assertEquals(0.4, type.get("f1").getAsDouble(), 1e-9);
    }

    @Test
    void relaxedScoresComeNextToStrictOnes() throws IOException {
        EvalReport report = CorpusEvaluator.builder(FIXTURES).relaxed(true).tempDirectory(temp).build()
                .evaluate(RESOURCES.resolve("muc-corpus"));
        assertEquals(report.strict().detection(), report.relaxed().detection());
        assertTrue(report.toTable().contains("\nstrict match\n"));
        assertTrue(report.toTable().contains("\nrelaxed match\n"));
        assertTrue(JsonParser.parseString(report.toJson()).getAsJsonObject().has("relaxed"));
    }

    @Test
    void wikiEventsCorpusIsDetectedFromTheGold() throws IOException {
        // a loader that finds nothing: every gold entity is missed
        EvalReport report = CorpusEvaluator.builder((file, dataset) -> {}).tempDirectory(temp).build()
                .evaluate(RESOURCES.resolve("wiki-corpus"));
        assertEquals(CorpusKind.WIKIEVENTS, report.kind());
        assertEquals(List.of(), report.failures());
        assertEquals(0, report.incidents());
        assertEquals(new SlotScore("documents", 0, 0, 1), report.strict().detection());
        // attackers, targets, places, instruments, killed (2), injured, killers, arrested
        assertEquals(new SlotScore("overall", 0, 0, 9), report.strict().overall());
        assertTrue(report.toTable().contains("\nrole "), report.toTable());
        // the contract's roles: attacker, target (the checkpoint), victim (two guards, Mira Kessel, a passer-by),
        // place, instrument
        assertEquals(new SlotScore("overall", 0, 0, 7), report.strict().contractOverall());
        assertTrue(report.toTable().contains("\nrole F1 (micro) "), report.toTable());
        JsonObject strict = JsonParser.parseString(report.toJson()).getAsJsonObject().getAsJsonObject("strict");
        assertEquals(5, strict.getAsJsonArray("contract_roles").size());
        assertEquals(7, strict.getAsJsonObject("contract_overall").get("fn").getAsInt());
    }
}
