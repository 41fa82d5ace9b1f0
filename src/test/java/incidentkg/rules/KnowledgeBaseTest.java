package incidentkg.rules;

import incidentkg.model.EntityClass;
import incidentkg.model.IncidentClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {
    @TempDir
    Path dir;

    @Test
    void bundledKnowledgeLoads() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertTrue(kb.triggers().stream().anyMatch(t -> t.lemmas().equals(java.util.List.of("siege"))
                && t.incidentClass() == IncidentClass.HostageTaking));
        GazetteerEntry mali = kb.gazetteer().get("mali").orElseThrow();
        assertEquals(EntityClass.Country, mali.type());
        assertEquals("Q912", mali.wikidata());
        assertEquals("mali", kb.gazetteer().demonym("Malian").orElseThrow().id());
        assertEquals("mali", kb.gazetteer().containers(kb.gazetteer().get("bamako").orElseThrow()).get(0).id());
        assertFalse(kb.rules().isEmpty());
    }

    @Test
    void gazetteerNamesMatchCaseSensitivelyUnlessUpper() {
        Gazetteer g = KnowledgeBase.bundled().gazetteer();
        assertEquals("al-qaeda", g.lookup("al Qaeda", false).get(0).id());
        assertTrue(g.lookup("AL QAEDA", false).isEmpty());
        assertEquals("al-qaeda", g.lookup("AL QAEDA", true).get(0).id());
    }

    private Path copyOfData() throws IOException {
        Path src = Path.of("data");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(to);
                else
                    Files.copy(p, to);
            }
        }
        return dir;
    }

    /** A copy of data/ with {@code row} appended to {@code file}, the row's line, and the error loading it gives. */
    private record BadRow(Path data, int line, DataException error) {}

    private BadRow appendAndLoad(String file, String row) throws IOException {
        Path data = copyOfData();
        Path f = data.resolve(file);
        Files.writeString(f, Files.readString(f) + row);
        int line = Files.readAllLines(f).size();
        DataException e = assertThrows(DataException.class, () -> KnowledgeBase.load(DataSource.folder(data)));
        return new BadRow(data, line, e);
    }

    @Test
    void badRowsFailWithFileAndLine() throws IOException {
        BadRow r = appendAndLoad("lexicon/triggers.tsv", "ambush\tN\tikg:Ambushing\t2\tyes\n");
        assertEquals(r.data() + "/lexicon/triggers.tsv:" + r.line() + ": unknown incident class ikg:Ambushing",
                     r.error().getMessage());
    }

    @Test
    void aModalityRowOfUnknownKindFails() throws IOException {
        BadRow r = appendAndLoad("lexicon/modality.tsv", "perhaps\tmaybe\n");
        assertEquals(r.data() + "/lexicon/modality.tsv:" + r.line()
                + ": kind must be one of modal, negation, purpose, realis, perform, recalled, status, harmless, not 'maybe'", r.error().getMessage());
        assertEquals("modal", KnowledgeBase.bundled().modality().get("would"));
        assertEquals("realis", KnowledgeBase.bundled().modality().get("try"));
    }

    @Test
    void gazetteerChecksReferences() throws IOException {
        Path data = copyOfData();
        Path regions = data.resolve("gazetteer/regions.tsv");
        Files.writeString(regions, Files.readString(regions)
                + "atlantis\tikg:Region\tAtlantis\t\t\t\t\t\t\tnowhere\t\t\t\n");
        int line = (int) Files.readAllLines(regions).size();
        DataException e = assertThrows(DataException.class, () -> KnowledgeBase.load(DataSource.folder(data)));
        assertEquals(data + "/gazetteer/regions.tsv:" + line + ": locatedIn names unknown id 'nowhere'", e.getMessage());
    }

    @Test
    void ruleWithoutExampleIsRejected() throws IOException {
        Path data = copyOfData();
        Files.writeString(data.resolve("rules/target.rules"), "# no example here\ntokens: [] /on/ []\n");
        DataException e = assertThrows(DataException.class, () -> KnowledgeBase.load(DataSource.folder(data)));
        assertEquals(data + "/rules/target.rules:2: pattern without a '# example:' line above it", e.getMessage());
    }
}
