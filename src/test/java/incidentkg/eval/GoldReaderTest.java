package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    static final Path MUC = Path.of("src/test/resources/eval/muc-corpus/gold.jsonl");
    static final Path WIKI = Path.of("src/test/resources/eval/wiki-corpus/gold.jsonl");

    @TempDir
    Path dir;

    @Test
    void readsMucTemplates() throws IOException {
        GoldCorpus corpus = GoldReader.read(MUC);
        assertEquals(CorpusKind.MUC4, corpus.kind());
        assertEquals(3, corpus.size());
        MucGoldDocument first = corpus.muc().get(0);
        assertEquals("TEST-0001", first.docId());
        assertEquals("docs/TEST-0001.txt", first.textFile());
        assertTrue(first.relevant());
        assertEquals(2, first.templates().size());

        MucTemplate bombing = first.templates().get(0);
        assertEquals("1", bombing.id());
        assertFalse(bombing.optional());
        assertEquals(List.of("BOMBING"), bombing.incidentType().get(0).values());
        assertEquals(List.of(new DateAlternative("on_or_before", null, LocalDate.of(2001, 3, 10), false)), bombing.date());
        assertEquals(List.of(new LocationAlternative("ELBONIA", List.of("PORTO VERDE"), false)), bombing.location());
        assertEquals(List.of("URBAN COMMANDOS", "COMMANDOS"), bombing.perpIndividual().get(0).values());
        assertEquals(List.of("RED DAWN FRONT", "FRA"), bombing.perpOrganizationConfidence().get(0).ref());
        assertTrue(bombing.humTargetDescription().get(0).optional());
        assertEquals(new CountRange(2, 2, true), bombing.counts().wounded());
        assertNull(bombing.counts().killed());

        MucTemplate kidnapping = first.templates().get(1);
        assertTrue(kidnapping.notApplicable().contains("instrument_id"));
        assertEquals(List.of("JOHAN MERKEL"), kidnapping.humTargetDescription().get(0).ref());
        assertTrue(corpus.muc().get(1).templates().get(0).optional());
        assertEquals(new CountRange(3, 3, false), corpus.muc().get(1).templates().get(0).counts().killed());
        assertFalse(corpus.muc().get(2).relevant());
        assertEquals(List.of(), corpus.muc().get(2).templates());
    }

    @Test
    void readsBetweenPlaces() throws IOException {
        Path file = write("{\"doc_id\":\"X\",\"source\":\"MUC-4\",\"relevant\":true,\"templates\":[{\"template_id\":\"1\","
                + "\"location\":{\"alternatives\":[{\"country\":\"ELBONIA\",\"places\":[{\"between\":"
                + "[{\"name\":\"ALTA\",\"type\":\"CITY\"},{\"name\":\"BAJA\",\"type\":\"TOWN\"}]}]}]}}]}");
        MucTemplate t = GoldReader.read(file).muc().get(0).templates().get(0);
        assertEquals(List.of("ALTA", "BAJA"), t.location().get(0).places());
        assertEquals(List.of(), t.date());
        assertEquals(Set.of(), t.notApplicable());
    }

    @Test
    void readsWikiEventsRolesFromEvents() throws IOException {
        GoldCorpus corpus = GoldReader.read(WIKI);
        assertEquals(CorpusKind.WIKIEVENTS, corpus.kind());
        WikiGoldDocument doc = corpus.wikiEvents().get(0);
        assertTrue(doc.hasAttack());
        assertEquals(1, doc.entities(WikiRole.ATTACKERS).size());
        assertTrue(doc.entities(WikiRole.ATTACKERS).get(0).values().containsAll(List.of("the Night Owls", "the group")));
        // Place of the attack and of the death event: one entity, counted once
        assertEquals(1, doc.entities(WikiRole.PLACES).size());
        assertEquals(2, doc.entities(WikiRole.KILLED).size());
        assertEquals(1, doc.entities(WikiRole.ARRESTED).size());
        assertEquals(1, doc.entities(WikiRole.INJURED).size());
        assertEquals(1, doc.entities(WikiRole.KILLERS).size());
        assertFalse(corpus.wikiEvents().get(1).hasAttack());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path file = write("{\"doc_id\":\"A\",\"source\":\"MUC-4\",\"relevant\":false,\"templates\":[]}\n\n"
                + "{\"source\":\"MUC-4\",\"relevant\":false,\"templates\":[]}");
        IOException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
        assertEquals("gold.jsonl:3: missing field doc_id", e.getMessage());
    }

    @Test
    void errorsOnMixedSources() throws IOException {
        Path file = write("{\"doc_id\":\"A\",\"source\":\"MUC-4\",\"relevant\":false,\"templates\":[]}\n"
                + "{\"doc_id\":\"B\",\"source\":\"WikiEvents\",\"has_attack\":false,\"events\":[],\"entities\":[]}");
        IOException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
        assertEquals("gold.jsonl:2: source WikiEvents differs from MUC-4 on line 1", e.getMessage());
    }

    @Test
    void errorsInsideTemplates() throws IOException {
        Path file = write("{\"doc_id\":\"A\",\"source\":\"MUC-4\",\"relevant\":true,\"templates\":"
                + "[{\"template_id\":\"1\",\"date\":{\"alternatives\":[{\"kind\":\"on\",\"from\":\"2001-02-30\",\"to\":null}]}}]}");
        IOException e = assertThrows(GoldFormatException.class, () -> GoldReader.read(file));
        assertEquals("gold.jsonl:1: template 1: field from is not an ISO date: 2001-02-30", e.getMessage());
    }

    @Test
    void errorsOnBadJsonAndUnknownSource() throws IOException {
        Path bad = write("{\"doc_id\": ");
        assertTrue(assertThrows(GoldFormatException.class, () -> GoldReader.read(bad)).getMessage().startsWith("gold.jsonl:1: "));
        Path array = write("[1, 2]");
        assertEquals("gold.jsonl:1: not a JSON object",
                assertThrows(GoldFormatException.class, () -> GoldReader.read(array)).getMessage());
        Path unknown = write("{\"doc_id\":\"A\",\"source\":\"ACE\"}");
        assertEquals("gold.jsonl:1: unknown source ACE (expected MUC-4 or WikiEvents)",
                assertThrows(GoldFormatException.class, () -> GoldReader.read(unknown)).getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), text);
    }
}
