package incidentkg.cli;

import incidentkg.nlp.NlpPipeline;
import incidentkg.rdf.IKG;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.BulkLoad;
import incidentkg.store.ParallelLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written articles (two of them report one attack, so incidents merge across articles) and the seed,
 * loaded one by one in order as the loader always did; then by {@code load --threads 2}, {@code load --bulk} and
 * {@code extract} plus Jena's bulk loader: every way ends with the same quads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelLoadIT {
    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Path SEED = Path.of("data/articles/bamako-2015.txt");
    /** A time budget per article that a busy shared machine cannot exceed (the budget is not under test here). */
    private static final java.time.Duration BUDGET = java.time.Duration.ofMinutes(15);

    private Path dir;
    private List<Path> files;
    private List<String> sequential;
    private DatasetGraph sequentialCopy;

    @BeforeAll
    void loadOneByOne(@TempDir Path dir) throws Exception {
        this.dir = dir;
        files = new ArrayList<>(ArticleLoader.articleFiles(ARTICLES));
        files.add(SEED);
        assertEquals(8, files.size());
        try (Store store = Store.open(dir.resolve("sequential"), KnowledgeBase.bundled())) {
            ArticleLoader loader = new ArticleLoader(store, new ArticleReader(),
                    new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()), ArticleLimits.DEFAULTS.withTimeout(BUDGET));
            for (Path f : files)
                assertEquals(ArticleLoader.Outcome.LOADED, loader.load(f), f.toString());
            sequential = canonical(store.dataset().asDatasetGraph());
            sequentialCopy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            DatasetGraph copy = sequentialCopy;
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
        }
    }

    @AfterAll
    void release() {
        sequentialCopy = null;
    }

    private String[] args(String... head) {
        List<String> a = new ArrayList<>(List.of(head));
        a.addAll(List.of("--article-timeout", "" + BUDGET.toSeconds()));
        for (Path f : files)
            a.add(f.toString());
        return a.toArray(String[]::new);
    }

    @Test
    void twoThreadsWriteWhatOneWrote() {
        Path store = dir.resolve("threads");
        CliRun r = CliRun.of(args("load", "--threads", "2", "--store", store.toString()));
        assertEquals(0, r.status(), r.err());
        assertEquals("8 loaded, 0 unchanged, 0 failed\n", r.out());
        assertTrue(r.err().contains("with 2 thread(s)"), r.err());
        assertTrue(r.err().contains("] 8/8 100% "), r.err());
        assertEquals(sequential, canonicalOf(store));
        // loading again changes nothing
        CliRun again = CliRun.of(args("load", "--threads", "2", "--store", store.toString()));
        assertEquals("0 loaded, 8 unchanged, 0 failed\n", again.out());
        assertEquals(sequential, canonicalOf(store));
    }

    @Test
    void loadThenCompactKeepsWhatOneByOneWrote() {
        Path store = dir.resolve("compacted");
        CliRun r = CliRun.of(args("load", "--compact", "--store", store.toString()));
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertEquals("8 loaded, 0 unchanged, 0 failed", lines[0]);
        // eight articles stay within the 8 MB that TDB2 gives each file at first: the sizes need not differ
        // (CompactCommandIT has a store that shrinks)
        assertTrue(lines[1].matches("compact: " + java.util.regex.Pattern.quote(store.toString())
                                    + " from [0-9,.]+ MB to [0-9,.]+ MB \\([0-9.]+ s\\)"), lines[1]);
        assertTrue(Files.isDirectory(store.resolve("Data-0002")) && !Files.exists(store.resolve("Data-0001")));
        assertEquals(sequential, canonicalOf(store));
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            assertTrue(indexed(s, "gunmen"), "the text index does not know the loaded articles");
        }
    }

    @Test
    void loadInBatchesWritesWhatOneByOneWrote() {
        Path store = dir.resolve("cli-batch");
        CliRun r = CliRun.of(args("load", "--threads", "2", "--batch", "4", "--store", store.toString()));
        assertEquals(0, r.status(), r.err());
        assertEquals("8 loaded, 0 unchanged, 0 failed\n", r.out());
        assertEquals(sequential, canonicalOf(store));
        CliRun bulk = CliRun.of(args("load", "--bulk", "--batch", "4", "--store", dir.resolve("cli-batch-bulk").toString()));
        assertEquals(2, bulk.status());
        assertTrue(bulk.err().startsWith("--batch does not apply to --bulk"), bulk.err());
    }

    @Test
    void batchesSkipAFailedArticleAndReportInOrder() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<Path> withBad = new ArrayList<>(files);
        withBad.add(3, empty);
        for (int batch : new int[] {3, 64}) {
            Path store = dir.resolve("batch-" + batch);
            List<ParallelLoader.Result> results = new ArrayList<>();
            Set<Thread> before = loaderThreads();
            try (Store s = Store.open(store, KnowledgeBase.bundled());
                 ArticleLoader loader = new ArticleLoader(s, new ArticleReader(),
                        new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()), ArticleLimits.DEFAULTS.withTimeout(BUDGET))) {
                new ParallelLoader(loader, 2, batch, java.time.Duration.ofMinutes(10)).load(withBad, results::add);
            }
            // the load's workers and the loader's article threads ended with them: none is left idle
            Set<Thread> left = loaderThreads();
            left.removeAll(before);
            assertEquals(Set.of(), left, "batch " + batch);
            assertEquals(withBad.stream().map(Path::toString).toList(),
                         results.stream().map(ParallelLoader.Result::source).toList(), "batch " + batch);
            assertEquals(List.of(empty + ": empty article"),
                         results.stream().filter(ParallelLoader.Result::failed).map(r -> r.error().getMessage()).toList());
            assertTrue(results.stream().filter(r -> !r.failed()).allMatch(r -> r.outcome() == ArticleLoader.Outcome.LOADED));
            assertEquals(sequential, canonicalOf(store), "batch " + batch);
        }
    }

    private static Set<Thread> loaderThreads() {
        Set<Thread> all = new HashSet<>(Thread.getAllStackTraces().keySet());
        all.removeIf(t -> !t.getName().startsWith("ikg-worker-") && !t.getName().startsWith("ikg-article-"));
        return all;
    }

    private static boolean indexed(Store s, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> ASK { (?s ?score) text:query (\"" + word + "\") }";
        return org.apache.jena.system.Txn.calculateRead(s.dataset(), () ->
                org.apache.jena.query.QueryExecution.dataset(s.dataset()).query(q).ask());
    }

    @Test
    void bulkLoadWritesWhatOneByOneWrote() {
        Path store = dir.resolve("bulk");
        CliRun r = CliRun.of(args("load", "--bulk", "--threads", "2", "--store", store.toString()));
        assertEquals(0, r.status(), r.err());
        assertEquals("8 loaded, 0 unchanged, 0 failed\n", r.out());
        assertEquals(sequential, canonicalOf(store));
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            assertIsomorphic(s.dataset().asDatasetGraph());
            // the bulk loader wrote behind the text index, which was rebuilt: the articles' names are found
            assertTrue(indexed(s, "gunmen"), "the text index does not know the loaded articles");
        }
        // a second bulk load is refused before anything is read
        CliRun refused = CliRun.of("load", "--bulk", "--store", store.toString(), SEED.toString());
        assertEquals(2, refused.status());
        assertEquals(store + ": --bulk loads only into a new, empty store, and this one holds 9 graph(s) of data "
                     + "(load without --bulk to add to it)\n", refused.err());
        assertEquals("", refused.out());
    }

    @Test
    void extractedQuadsBulkLoadedEqualARealLoad() throws Exception {
        Path nq = dir.resolve("out/kg.nq");
        CliRun r = CliRun.of(args("extract", "--threads", "2", "--output", nq.toString()));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("8 extracted, 0 failed; "), r.out());
        Path store = dir.resolve("extracted");
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            assertEquals(List.of(), List.copyOf(BulkLoad.contentGraphs(s.dataset())));
            long quads = s.bulkLoad(nq);
            assertTrue(r.out().contains("; " + quads + " quads written to "), r.out());
            assertIsomorphic(s.dataset().asDatasetGraph());
            assertTrue(indexed(s, "gunmen"), "the text index does not know the loaded articles");
        }
        assertEquals(sequential, canonicalOf(store));
    }

    @Test
    void failuresAreReportedInOrderWithTheLoadersMessages() throws Exception {
        Path bad = java.nio.file.Files.createDirectories(dir.resolve("bad"));
        Path empty = java.nio.file.Files.writeString(bad.resolve("a-empty.txt"), "  \n");
        Path binary = java.nio.file.Files.write(bad.resolve("b-binary.txt"), new byte[] {'a', 0, 'b'});
        Path missing = bad.resolve("c-missing.txt");
        CliRun r = CliRun.of("load", "--threads", "2", "--store", dir.resolve("bad-store").toString(), empty.toString(),
                             binary.toString(), missing.toString());
        assertEquals(1, r.status());
        assertEquals("0 loaded, 0 unchanged, 3 failed\n", r.out());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("[") && !l.startsWith("loading ")).toList();
        assertEquals(List.of(empty + ": empty article", binary + ": binary content (NUL character at offset 1)",
                             missing + ": not a readable file"), errors);
    }

    @Test
    void threadsOptionIsDocumentedAndChecked() {
        for (String command : List.of("load", "serve", "extract")) {
            String help = CliRun.of(command, "--help").out();
            assertTrue(help.contains("--threads=N") && help.contains("--pipelines=MODE"), command);
        }
        CliRun r = CliRun.of("load", "--threads", "0", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--threads must be between 1 and 256"), r.err());
        CliRun p = CliRun.of("extract", "--pipelines", "many", "--output", "x.nq", "x.txt");
        assertEquals(2, p.status());
        assertTrue(p.err().startsWith("--pipelines must be 'auto', 'shared' or 'per-thread'"), p.err());
    }

    /**
     * The same graph names, and each graph the loader writes (articles, related incidents) isomorphic to the one
     * written one by one. (The ontology and gazetteer graphs come from opening the store, which compares them
     * itself; a whole-dataset match is very slow with their blank nodes.)
     */
    private void assertIsomorphic(DatasetGraph dsg) {
        Txn.executeRead(dsg, () -> {
            List<org.apache.jena.graph.Node> names = new ArrayList<>();
            sequentialCopy.listGraphNodes().forEachRemaining(names::add);
            List<org.apache.jena.graph.Node> other = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(other::add);
            assertEquals(new java.util.TreeSet<>(names.stream().map(Object::toString).toList()),
                         new java.util.TreeSet<>(other.stream().map(Object::toString).toList()));
            for (var g : names)
                if (g.getURI().startsWith(IKG.RESOURCE_NS + "article/") || g.getURI().equals(IKG.GRAPH_RELATED))
                    assertTrue(IsoMatcher.isomorphic(sequentialCopy.getGraph(g), dsg.getGraph(g)), g.toString());
        });
    }

    private static List<String> canonicalOf(Path store) {
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            return canonical(s.dataset().asDatasetGraph());
        }
    }

    /** Every quad as an N-Quads line, blank nodes written {@code _:b}, sorted. */
    static List<String> canonical(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining((Quad q) -> lines.add(term(q.getSubject()) + " " + term(q.getPredicate()) + " "
                    + term(q.getObject()) + (q.isDefaultGraph() ? "" : " " + term(q.getGraph())) + " ."));
            lines.sort(null);
            return lines;
        });
    }

    private static String term(org.apache.jena.graph.Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
