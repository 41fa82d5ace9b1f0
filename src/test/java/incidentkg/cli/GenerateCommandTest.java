package incidentkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate corpus} and {@code generate graph} from the command line: files, progress and one-line errors. */
class GenerateCommandTest {
    @Test
    void corpusWritesTextsSidecarsAndTruth(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("generate", "corpus", "--size", "3", "--out", dir.resolve("c").toString(), "--seed", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("3/3 articles (100%)"), run.err());
        try (Stream<Path> s = Files.list(dir.resolve("c"))) {
            assertEquals(7, s.count()); // 3 texts, 3 sidecars, truth.jsonl
        }
        assertEquals(3, Files.readAllLines(dir.resolve("c/truth.jsonl")).size());
        assertTrue(Files.isRegularFile(dir.resolve("c/synth-000002.json")));
    }

    @Test
    void graphWritesGzippedNQuads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.nq.gz");
        CliRun run = CliRun.of("generate", "graph", "--triples", "5000", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String nq;
        try (var in = new GZIPInputStream(Files.newInputStream(out))) {
            nq = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(nq.lines().count() >= 5000);
        assertTrue(nq.contains("<https://w3id.org/incidentkg/resource/article/synth-000000> ."));
    }

    @Test
    void anUnwritableOutputIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun run = CliRun.of("generate", "corpus", "--size", "1", "--out", file.toString());
        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("error: ")).count(), run.err());
        assertTrue(run.err().contains("error: " + file + ": cannot write"), run.err());
        assertEquals(2, CliRun.of("generate", "graph", "--out", "x.nq").status()); // --triples missing
    }
}
