package incidentkg.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench load} on one short article and one bad file: the table's rows and the JSON's keys, with the counts
 * that do not depend on the machine (never a timing).
 */
class BenchLoadCommandIT {
    @Test
    void tinyRunPrintsTheTableAndWritesTheJson(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("empty.txt"), "   \n");
        Path json = dir.resolve("bench.json");
        CliRun r = CliRun.of("bench", "load", "--threads", "2", "--warm-up", "1", "--rounds", "2", "--json", json.toString(), "--work",
                             dir.resolve("work").toString(), "src/test/resources/articles/football.txt", bad.toString());
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("load benchmark: 1 article(s), 1 failed, "), out);
        for (String row : List.of("stage (1 thread)", "read, check, segment", "CoreNLP annotation",
                                  "extraction + resolution", "RDF building", "SHACL validation", "store write", "total",
                                  "bare CoreNLP, same texts", "overhead: ours / bare = ",
                                  "wall clock: 1-thread load / bare = ",
                                  "rounds of bare CoreNLP then the 1-thread load: wall clock ",
                                  "rounds, 2 threads over 1 thread: ", "1 thread", "2 threads",
                                  "ours (a transaction per article)", "Jena TDB2 parallel loader", "ours / Jena = ",
                                  "with --batch 64 (1 thread): store write ", "1 thread, --batch 64", "2 threads, --batch 64",
                                  "ours (--batch 64)", "bare CoreNLP, 2 threads", "CPU seconds", "process (every thread)", "loader's workers",
                                  "JIT compilers", "garbage collector", "CPU of the threads doing the work: ours / bare = ",
                                  "peak heap: "))
            assertTrue(out.contains(row), row + " in\n" + out);
        assertTrue(r.err().contains(bad + ": empty article"), r.err());

        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(new TreeSet<>(List.of("date", "java", "processors", "articles", "failed", "tokens",
                "modelLoadSeconds", "stageSeconds", "bareCorenlp", "overheadRatio", "wallClockRatio", "rounds", "medianRound", "speedupRound", "runs", "speedup", "pipelines",
                "storeWriting", "batched", "cpuSeconds", "peakHeapBytes", "maxHeapBytes")), new TreeSet<>(o.keySet()));
        assertEquals(1, o.get("articles").getAsInt());
        assertEquals(2, o.getAsJsonArray("rounds").size());
        for (var round : o.getAsJsonArray("rounds"))
            assertEquals(Set.of("bareSeconds", "loadSeconds", "bareCpuSeconds", "loadCpuSeconds", "wallClockRatio",
                                "cpuRatio", "threadsSeconds", "speedup"), round.getAsJsonObject().keySet());
        // of two rounds the lower one is reported
        int median = o.get("medianRound").getAsInt();
        double reported = o.getAsJsonArray("rounds").get(median - 1).getAsJsonObject().get("wallClockRatio").getAsDouble();
        double other = o.getAsJsonArray("rounds").get(2 - median).getAsJsonObject().get("wallClockRatio").getAsDouble();
        assertTrue(reported <= other, o.getAsJsonArray("rounds").toString());
        assertEquals(reported, o.get("wallClockRatio").getAsDouble(), 1e-9);
        int speedupRound = o.get("speedupRound").getAsInt();
        assertEquals(o.getAsJsonArray("rounds").get(speedupRound - 1).getAsJsonObject().get("speedup").getAsDouble(),
                     o.get("speedup").getAsDouble(), 1e-9);
        assertEquals(1, o.get("failed").getAsInt());
        assertEquals(Set.of("read", "corenlp", "extract", "rdf", "shacl", "write", "total"),
                     o.getAsJsonObject("stageSeconds").keySet());
        assertEquals(2, o.getAsJsonArray("runs").size());
        JsonObject one = o.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject two = o.getAsJsonArray("runs").get(1).getAsJsonObject();
        assertEquals(1, one.get("threads").getAsInt());
        assertEquals(2, two.get("threads").getAsInt());
        assertEquals(1, one.get("articles").getAsInt());
        assertEquals(1, two.get("articles").getAsInt());
        long tokens = o.get("tokens").getAsLong();
        assertTrue(tokens > 0);
        assertEquals(tokens, one.get("tokens").getAsLong());
        assertEquals(tokens, two.get("tokens").getAsLong());
        assertEquals("shared", o.get("pipelines").getAsString());
        assertEquals(Set.of("quads", "oursSeconds", "oursQuadsPerSecond", "jenaSeconds", "jenaQuadsPerSecond", "ratio"),
                     o.getAsJsonObject("storeWriting").keySet());
        assertTrue(o.getAsJsonObject("storeWriting").get("quads").getAsLong() > 0);
        JsonObject bareRuns = o.getAsJsonObject("bareCorenlp");
        assertEquals(Set.of("seconds", "tokens", "threads"), bareRuns.keySet());
        // bare CoreNLP on 2 threads annotates the one readable article, with as many tokens as on 1
        assertEquals(2, bareRuns.getAsJsonObject("threads").get("threads").getAsInt());
        assertEquals(1, bareRuns.getAsJsonObject("threads").get("articles").getAsInt());
        assertEquals(bareRuns.get("tokens").getAsLong(), bareRuns.getAsJsonObject("threads").get("tokens").getAsLong());
        JsonObject batched = o.getAsJsonObject("batched");
        assertEquals(64, batched.get("batch").getAsInt());
        assertEquals(Set.of("batch", "stageSeconds", "overheadRatio", "wallClockRatio", "writeRatioToJena", "run",
                            "threads"), batched.keySet());
        assertEquals(2, batched.getAsJsonObject("threads").get("threads").getAsInt());
        assertEquals(1, batched.getAsJsonObject("threads").get("articles").getAsInt());
        assertEquals(Set.of("read", "corenlp", "extract", "rdf", "shacl", "write", "total"),
                     batched.getAsJsonObject("stageSeconds").keySet());
        assertEquals(1, batched.getAsJsonObject("run").get("articles").getAsInt());
        assertEquals(tokens, batched.getAsJsonObject("run").get("tokens").getAsLong());
        assertTrue(o.get("peakHeapBytes").getAsLong() > 0);

        JsonObject cpu = o.getAsJsonObject("cpuSeconds");
        assertEquals(Set.of("bare", "oneThread", "batched", "threads", "workRatio", "batchedWorkRatio", "processRatio"),
                     cpu.keySet());
        Set<String> kinds = Set.of("process", "measuringThread", "loaderWorkers", "jitCompilers", "garbageCollector", "other");
        assertEquals(kinds, cpu.getAsJsonObject("oneThread").keySet());
        // bare CoreNLP annotates on the measuring thread; the loader analyses on its workers and writes on it
        JsonObject bare = cpu.getAsJsonObject("bare"), load = cpu.getAsJsonObject("oneThread");
        assertTrue(bare.get("measuringThread").getAsDouble() > 0, bare.toString());
        assertEquals(0.0, bare.get("loaderWorkers").getAsDouble(), bare.toString());
        assertTrue(load.get("loaderWorkers").getAsDouble() > 0, load.toString());
        assertTrue(load.get("process").getAsDouble() >= load.get("loaderWorkers").getAsDouble(), load.toString());
        JsonObject twoThreads = cpu.getAsJsonObject("threads");
        assertEquals(kinds, twoThreads.keySet());
        assertTrue(twoThreads.get("loaderWorkers").getAsDouble() > 0, twoThreads.toString());
    }

    @Test
    void badUsage() {
        CliRun r = CliRun.of("bench", "load", "--threads", "0", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--threads must be between 1 and 256"), r.err());
        CliRun b = CliRun.of("bench", "load", "--batch", "0", "x.txt");
        assertEquals(2, b.status());
        assertTrue(b.err().startsWith("--batch must be between 1 and 10000"), b.err());
        CliRun w = CliRun.of("bench", "load", "--warm-up", "-1", "x.txt");
        assertEquals(2, w.status());
        assertTrue(w.err().startsWith("--warm-up must be between 0 and 100"), w.err());
        CliRun n = CliRun.of("bench", "load", "--rounds", "0", "x.txt");
        assertEquals(2, n.status());
        assertTrue(n.err().startsWith("--rounds must be between 1 and 20"), n.err());
        CliRun p = CliRun.of("bench", "load", "--pipelines", "many", "x.txt");
        assertEquals(2, p.status());
        assertTrue(p.err().startsWith("--pipelines must be 'shared' or 'per-thread'"), p.err());
        assertEquals(0, CliRun.of("bench", "--help").status());
        assertTrue(CliRun.of("bench", "--help").out().contains("load "), "bench lists load");
        assertTrue(CliRun.of("bench", "load", "--help").out().contains("--json=FILE"));
    }
}
