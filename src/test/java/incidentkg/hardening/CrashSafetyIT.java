package incidentkg.hardening;

import incidentkg.rdf.IKG;
import incidentkg.rdf.OntologyFiles;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleGraph;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.ArticleWriter;
import incidentkg.store.LabelIndex;
import incidentkg.store.Store;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Crash safety (issue #6, part 2): a batch load in a child process, killed with SIGKILL
 * ({@link Process#destroyForcibly}) at random moments, {@value #KILLS} times ({@value #LONG_KILLS} with
 * {@code -Dincidentkg.long=true}); random seed {@code -Dincidentkg.crash.seed} (default {@value #SEED}).
 *
 * <p>The batch is the four short hand-written articles and the seed article. The parent extracts their graphs
 * once with the real pipeline; each child ({@link CrashChild}) then does what {@code load} does after
 * extraction: opens the store ({@link Store#open}, which writes the ontology and gazetteer graphs into a new
 * store) and writes the article graphs through {@link ArticleWriter}, one transaction each. So a child starts
 * in a second or two instead of the language models' 20 s or more, and the kills land in the store's work: a
 * third of them at a random moment of a whole run, two thirds at a random moment after the store is open,
 * while the articles are written (timings from an uninterrupted run).
 *
 * <p>After every kill the store must open and hold exactly one of the states a clean run passes through:
 * nothing, the ontology alone, then the reference graphs with the first k articles (k = 0…5) and their related
 * incidents, compared as sorted canonical N-Quads. So every article is whole or absent, and nothing else is
 * half-written. The batch is then run again (up to six kills per store, then to the end), and the end
 * result must equal an uninterrupted run: the same sorted N-Quads and an isomorphic dataset. The whole pipeline's
 * part in a re-run is checked in {@link #reloadingTheBatchAfterAPartialLoadEndsAsAnUninterruptedLoad}; the
 * longer version also kills the real {@code load} command ({@link #theLoadCommandKilledWhileItWorks}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    static final int KILLS = 20;
    static final int LONG_KILLS = 200;
    static final long SEED = 6L;

    private Path dir;
    private Path graphs;
    /** The states of a clean run, as canonical N-Quads: none, ontology only, then 0…n articles. */
    private final List<List<String>> states = new ArrayList<>();

    @BeforeAll
    void extractOnce(@TempDir Path tmp) throws Exception {
        dir = tmp;
        graphs = Files.createDirectories(dir.resolve("graphs"));
        KnowledgeBase kb = KnowledgeBase.bundled();
        try (Store scratch = Store.inMemory(kb)) {
            // prepared and stored in turn, as load does: an article's graph may depend on the articles before it
            ArticleLoader loader = Hardening.loader(scratch, ArticleLimits.DEFAULTS);
            ArticleWriter stored = new ArticleWriter(scratch.dataset());
            int i = 0;
            for (Path f : Hardening.batch()) {
                ArticleGraph g = loader.prepare(f);
                stored.write(g);
                DatasetGraph one = DatasetGraphFactory.create();
                one.addGraph(org.apache.jena.graph.NodeFactory.createURI(g.name()), g.graph().getGraph());
                try (OutputStream out = Files.newOutputStream(graphs.resolve(String.format("%02d-%s.nq", ++i,
                        f.getFileName().toString().replace(".txt", ""))))) {
                    RDFDataMgr.write(out, one, Lang.NQUADS);
                }
            }
        }
        states.add(List.of());
        DatasetGraph ontologyOnly = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(ontologyOnly, () -> ontologyOnly.addGraph(
                org.apache.jena.graph.NodeFactory.createURI(IKG.GRAPH_ONTOLOGY), OntologyFiles.ontology().getGraph()));
        states.add(Hardening.canonical(ontologyOnly));
        try (Store clean = Store.inMemory(kb)) {
            states.add(Hardening.canonical(clean.dataset().asDatasetGraph()));
            ArticleWriter writer = new ArticleWriter(clean.dataset());
            try (Stream<Path> s = Files.list(graphs)) {
                for (Path f : s.sorted().toList()) {
                    assertEquals(ArticleLoader.Outcome.LOADED, writer.write(CrashChild.read(f)));
                    states.add(Hardening.canonical(clean.dataset().asDatasetGraph()));
                }
            }
        }
    }

    /** One child run: its markers with their times (ms since start), its exit status, and whether it was killed. */
    private record Run(List<String> markers, List<Long> times, int status, boolean killed) {
        String last() {
            return markers.isEmpty() ? "(none)" : markers.get(markers.size() - 1);
        }

        long time(String marker) {
            return times.get(markers.indexOf(marker));
        }
    }

    /** Runs a child; kills it {@code killAfterMillis} after it starts, or after it prints {@code mark}; -1: never. */
    private Run child(Path store, long killAfterMillis, String mark) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), store.toString(), graphs.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile()))
                .start();
        long start = System.nanoTime();
        List<String> markers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch marked = new CountDownLatch(mark == null ? 0 : 1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; )
                    if (line.startsWith("CHILD ")) {
                        times.add((System.nanoTime() - start) / 1_000_000);
                        markers.add(line.substring(6));
                        if (line.substring(6).equals(mark))
                            marked.countDown();
                    }
            } catch (IOException ignored) {
                // the child was killed
            } finally {
                marked.countDown();
            }
        });
        reader.start();
        marked.await();
        boolean ended = killAfterMillis < 0 ? p.waitFor(10, TimeUnit.MINUTES)
                                            : p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
        boolean killed = false;
        if (!ended) {
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            killed = true;
        }
        reader.join();
        return new Run(List.copyOf(markers), List.copyOf(times), p.exitValue(), killed);
    }

    /** Opens the store as the next load would, and returns its canonical N-Quads. */
    /**
     * Opened as {@code load} opens it, the store's text index holds one document per name in the store: the
     * Lucene commits that lag behind the store's ({@code BufferedTextIndex}) leave a marker that has the index
     * rebuilt after a kill. Opening may add the reference graphs to a store killed before it had them, which
     * is the next clean state.
     */
    private static void assertIndexAgrees(Path store, String when) throws IOException {
        if (!Store.exists(store))
            return;
        String values = LabelIndex.PREDICATES.stream().map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" "));
        long names;
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            names = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("SELECT (COUNT(*) AS ?n) { VALUES ?p { "
                        + values + " } GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o)) } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            s.expel();
        }
        assertTrue(names > 0, "the reference graphs have names");
        try (Directory d = FSDirectory.open(store.resolve(LabelIndex.FOLDER)); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(names, r.numDocs(), when + ": the text index on disk holds one document per name of the store");
        }
    }

    private static List<String> reopen(Path store) {
        if (!Files.exists(store))
            return List.of();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            return Hardening.canonical(dsg);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static boolean isomorphic(Path a, Path b) {
        DatasetGraph x = DatabaseMgr.connectDatasetGraph(a.toString()), y = DatabaseMgr.connectDatasetGraph(b.toString());
        try {
            return Txn.calculateRead(x, () -> Txn.calculateRead(y, () -> IsoMatcher.isomorphic(x, y)));
        } finally {
            TDBInternal.expel(x);
            TDBInternal.expel(y);
        }
    }

    @Test
    void killedAtRandomMomentsTheStoreHoldsWholeArticlesAndTheRerunEndsTheSame() throws Exception {
        int kills = Hardening.LONG ? LONG_KILLS : KILLS;
        Random random = new Random(Long.getLong("incidentkg.crash.seed", SEED));
        Path ref = dir.resolve("reference");
        Run clean = child(ref, -1, null);
        assertEquals(0, clean.status(), "uninterrupted run; see " + dir.resolve("child-stderr.log"));
        List<String> reference = reopen(ref);
        assertFalse(Files.exists(ref.resolve(LabelIndex.PENDING)), "a store closed normally leaves its text index current");
        assertIndexAgrees(ref, "uninterrupted run");
        assertEquals(states.get(states.size() - 1), reference, "the child's run equals the clean load");
        long opened = clean.time("opened"), done = clean.time("done");

        Map<String, Integer> phases = new TreeMap<>();
        int killed = 0, runs = 1, rounds = 0;
        long childNanos = 0, checkNanos = 0, start = System.nanoTime();
        Path store = null;
        while (killed < kills) {
            if (store != null)
                deleteTree(store);
            store = dir.resolve("round-" + ++rounds);
            for (int attempt = 0; ; attempt++) {
                // a third of the kills at any moment of a run, two thirds while it writes the articles; after
                // six kills the batch runs to its end
                boolean anyMoment = random.nextInt(3) == 0;
                String mark = attempt >= 6 || anyMoment ? null : "opened";
                long at = attempt >= 6 ? -1 : anyMoment ? (long) (random.nextDouble() * done)
                                                        : (long) (random.nextDouble() * (done - opened));
                long t0 = System.nanoTime();
                Run run = child(store, at, mark);
                runs++;
                long t1 = System.nanoTime();
                List<String> state = reopen(store);
                childNanos += t1 - t0;
                checkNanos += System.nanoTime() - t1;
                int k = states.indexOf(state);
                assertTrue(k >= 0, "after a kill at " + at + " ms (after " + run.last() + ") the store is in no clean state; "
                           + state.size() + " quads");
                assertIndexAgrees(store, "after a kill at " + at + " ms (after " + run.last() + ")");
                if (!run.killed()) {
                    assertEquals(0, run.status(), "the re-run ends normally");
                    assertEquals(reference, state, "re-running the batch ends as an uninterrupted run");
                    break;
                }
                killed++;
                phases.merge(phase(run.last()), 1, Integer::sum);
            }
        }
        assertTrue(isomorphic(ref, store), "isomorphic to an uninterrupted run, blank nodes included");
        Hardening.figures(String.format("crash: %d SIGKILLs survived in %d child runs over %d stores (%s); after every "
                + "kill the store opened holding whole articles only; every re-run ended with the same N-Quads as an "
                + "uninterrupted run; %.0f s in all, %.0f s in children, %.0f s reopening", killed, runs, rounds, phases,
                (System.nanoTime() - start) / 1e9, childNanos / 1e9, checkNanos / 1e9));
    }

    /**
     * What a re-run after a crash does with the whole pipeline: the store holds the first two articles of the
     * batch (a state a kill leaves, as the test above shows), and the real loader runs the whole batch again.
     * The articles already stored are analysed again (their graphs may depend on what the store holds), and the
     * store must end exactly as after an uninterrupted load.
     */
    @Test
    void reloadingTheBatchAfterAPartialLoadEndsAsAnUninterruptedLoad() throws Exception {
        Path store = dir.resolve("partial");
        List<Path> batch = Hardening.batch();
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            ArticleLoader loader = Hardening.loader(s, ArticleLimits.DEFAULTS);
            for (Path f : batch.subList(0, 2))
                assertEquals(ArticleLoader.Outcome.LOADED, loader.load(f));
            assertEquals(states.get(4), Hardening.canonical(s.dataset().asDatasetGraph()), "two articles");
            for (Path f : batch)
                loader.load(f);
            assertEquals(states.get(states.size() - 1), Hardening.canonical(s.dataset().asDatasetGraph()));
            s.expel();
        }
    }

    /**
     * The longer version only: the real {@code load} command (CoreNLP and all) in a child process, killed a
     * random moment after it reports an article, {@code -Dincidentkg.crash.cliKills} times (default 3; each child
     * loads the language models: half a minute or more). The store must hold a clean state, and {@code load} run
     * again (here, in this process) must end as an uninterrupted run.
     */
    @Test
    void theLoadCommandKilledWhileItWorks() throws Exception {
        assumeTrue(Hardening.LONG, "only with -Dincidentkg.long=true");
        int kills = Integer.getInteger("incidentkg.crash.cliKills", 3);
        Random random = new Random(Long.getLong("incidentkg.crash.seed", SEED));
        List<String> files = Hardening.batch().stream().map(Path::toString).toList();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 1; i <= kills; i++) {
            Path store = dir.resolve("cli-" + i);
            List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                    incidentkg.cli.Main.class.getName(), "load", "--store", store.toString()));
            command.addAll(files);
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String after = "[" + (1 + random.nextInt(files.size() - 1)) + "/" + files.size() + "]";
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; )
                    if (line.startsWith(after))
                        break;
                Thread.sleep(random.nextInt(3000));
                p.destroyForcibly();
                p.waitFor();
            }
            assertTrue(states.indexOf(reopen(store)) >= 0, "after killing load " + after + " the store is in no clean state");
            List<String> again = new ArrayList<>(List.of("load", "--store", store.toString()));
            again.addAll(files);
            assertEquals(0, incidentkg.cli.Main.commandLine().execute(again.toArray(String[]::new)));
            assertEquals(states.get(states.size() - 1), reopen(store), "load run again ends as an uninterrupted run");
        }
        Hardening.figures("crash: the load command (CoreNLP included) killed " + kills + " time(s) after a random "
                + "article: the store held whole articles only, and load run again ended as an uninterrupted run");
    }

    private static String phase(String marker) {
        if (marker.equals("(none)") || marker.equals("start"))
            return "starting";
        if (marker.equals("open"))
            return "opening the store";
        if (marker.equals("done"))
            return "closing";
        if (marker.startsWith("write "))
            return "inside an article's write";
        return "between articles";
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(f);
        }
    }
}
