package incidentkg.spark;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against the single-machine loader: the seed article and the hand-written test
 * articles, loaded by {@link ArticleLoader} into a TDB2 store as {@code load} does, and extracted by the job
 * on two local cores into N-Quads shards, give the same graph for every article.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkIngestIT {
    static final String RES = "https://w3id.org/incidentkg/resource/";
    /** Where the repository is: the root build passes it, a build in src/spark finds it two levels up. */
    static final Path ROOT = Path.of(System.getProperty("ikg.root", "../..")).toAbsolutePath().normalize();
    static final List<String> CORPUS = List.of("bamako-2015", "capitals-mixed", "capitals-upper", "election",
                                               "football", "merge-a", "merge-b", "merge-c");

    /** The time budget of an article, for both loaders: generous, as other builds may share the cores. */
    static final long TIMEOUT = 900;

    Path corpus;
    Store store;
    JavaSparkContext sc;

    @BeforeAll
    void setUp(@TempDir Path tmp) throws IOException {
        System.setProperty("spark.ui.enabled", "false");   // also for the contexts the command line starts
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(ROOT.resolve("data/articles/bamako-2015.txt"), corpus.resolve("bamako-2015.txt"));
        try (Stream<Path> s = Files.list(ROOT.resolve("src/test/resources/articles"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList())
                Files.copy(p, corpus.resolve(p.getFileName()));
        }
        // the single-machine loader, as `load --store DIR corpus/` runs it: one transaction per article, sorted
        KnowledgeBase kb = KnowledgeBase.bundled();
        store = Store.open(Files.createDirectories(tmp.resolve("store")), kb);
        ArticleLoader loader = new ArticleLoader(store, new ArticleReader(), new Extractor(kb, NlpPipeline.shared()),
                                                ArticleLimits.DEFAULTS.withTimeout(Duration.ofSeconds(TIMEOUT)));
        for (Path f : ArticleLoader.articleFiles(corpus))
            assertEquals(ArticleLoader.Outcome.LOADED, assertLoads(loader, f));
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkIngestIT")
                                          .set("spark.ui.enabled", "false"));
    }

    private static ArticleLoader.Outcome assertLoads(ArticleLoader loader, Path f) {
        try {
            return loader.load(f);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @AfterAll
    void tearDown() {
        if (sc != null)
            sc.close();
        if (store != null)
            store.close();
    }

    @Test
    void textFolderGivesTheLoadersGraphs(@TempDir Path tmp) throws IOException {
        String out = tmp.resolve("out").toString();
        IngestReport report = new IngestJob(corpus.toString(), ArticleInputs.Format.TEXT, out, 3,
                                            ArticleReader.DEFAULT_MAX_BYTES, TIMEOUT).run(sc);
        assertEquals(8, report.ok());
        assertEquals(List.of(), report.failures());
        assertEquals(List.of("part-00000.nq", "part-00001.nq", "part-00002.nq"), shardFiles(Path.of(out)));
        DatasetGraph shards = readShards(Path.of(out));
        assertEquals(report.quads(), countQuads(shards));
        assertEquals(articleIris(CORPUS), graphNames(shards));
        Dataset ds = store.dataset();
        Txn.executeRead(ds, () -> {
            for (String id : CORPUS) {
                String name = RES + "article/" + id;
                Graph loaded = ds.asDatasetGraph().getGraph(node(name));
                assertFalse(loaded.isEmpty(), name);
                assertTrue(IsoMatcher.isomorphic(loaded, shards.getGraph(node(name))), name + " differs");
            }
        });
        // Jena's TDB2 bulk loader (what tdb2.tdbloader runs) takes the shards into a fresh store; IncidentKG then
        // opens it, adding the ontology and gazetteer graphs, and holds the loader's article graphs
        Path bulk = tmp.resolve("bulk");
        DatasetGraph target = TDB2Factory.connectDataset(bulk.toString()).asDatasetGraph();
        DataLoader loader = LoaderFactory.parallelLoader(target, LoaderOps.outputToLog());
        loader.startBulk();
        loader.load(shardFiles(Path.of(out)).stream().map(f -> Path.of(out, IngestJob.SHARDS, f).toString()).toList());
        loader.finishBulk();
        try (Store bulkStore = Store.open(bulk, KnowledgeBase.bundled())) {
            Dataset b = bulkStore.dataset();
            Txn.executeRead(ds, () -> Txn.executeRead(b, () -> {
                assertTrue(b.containsNamedModel("https://w3id.org/incidentkg/graph/gazetteer"));
                for (String id : CORPUS) {
                    Node name = node(RES + "article/" + id);
                    assertTrue(IsoMatcher.isomorphic(ds.asDatasetGraph().getGraph(name),
                                                     b.asDatasetGraph().getGraph(name)), id + " differs");
                }
            }));
        }
        // two reports of one incident: one node, as load gives it
        String kano = RES + "incident/2020-03-03-kano-attack";
        for (String id : List.of("merge-a", "merge-b"))
            assertTrue(shards.contains(node(RES + "article/" + id), node(kano),
                                       node("https://w3id.org/incidentkg/ontology#supportedBy"),
                                       node(RES + "article/" + id)), id);
    }

    @Test
    void jsonLinesGiveTheLoadersGraphAndTheirMetadata(@TempDir Path tmp) throws IOException {
        JsonObject seed = new JsonObject();
        seed.addProperty("id", "bamako-2015");
        seed.addProperty("text", Files.readString(corpus.resolve("bamako-2015.txt")));
        JsonObject meta = new JsonObject();
        meta.addProperty("id", "election-wire");
        meta.addProperty("text", Files.readString(corpus.resolve("election.txt")));
        meta.addProperty("title", "Polls close");
        meta.addProperty("date", "2019-05-02");
        meta.addProperty("publisher", "Example Wire");
        meta.addProperty("url", "https://example.org/polls");
        meta.addProperty("section", "ignored");
        Path in = tmp.resolve("articles.jsonl");
        Files.writeString(in, seed + "\n\n" + meta + "\n{\"id\": \"no-text\"}\n[1, 2]\n"
                + "{\"id\": \"bad-date\", \"text\": \"Gunmen attacked a bank.\", \"date\": \"May 2\"}\n");
        String out = tmp.resolve("out").toString();
        IngestReport report = new IngestJob(in.toString(), ArticleInputs.guess(in.toString()), out, 2,
                                            ArticleReader.DEFAULT_MAX_BYTES, TIMEOUT).run(sc);
        assertEquals("jsonl", report.format());
        assertEquals(2, report.ok());
        assertEquals(new TreeSet<>(List.of(
                in + ":4 (no-text): no \"text\" (a string)",
                in + ":5: not a JSON object",
                in + ":6 (bad-date): metadata: bad date (want YYYY-MM-DD): May 2")), new TreeSet<>(lines(report.failures())));
        DatasetGraph shards = readShards(Path.of(out));
        assertEquals(articleIris(List.of("bamako-2015", "election-wire")), graphNames(shards));
        Txn.executeRead(store.dataset(), () -> assertTrue(IsoMatcher.isomorphic(
                store.dataset().asDatasetGraph().getGraph(node(RES + "article/bamako-2015")),
                shards.getGraph(node(RES + "article/bamako-2015")))));
        String article = "<" + RES + "article/election-wire>";
        String ask = "PREFIX dct: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "ASK { GRAPH " + article + " { " + article + " dct:identifier \"election-wire\" ; "
                + "dct:title \"Polls close\"@en ; dct:date \"2019-05-02\"^^xsd:date ; dct:publisher \"Example Wire\" ; "
                + "dct:source <https://example.org/polls> } }";
        assertTrue(QueryExecution.dataset(DatasetFactory.wrap(shards)).query(ask).ask(), ask);
    }

    @Test
    void badArticlesAreReportedAndTheOthersComeOut(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(corpus.resolve("football.txt"), in.resolve("football.txt"));
        Files.copy(corpus.resolve("merge-c.txt"), in.resolve("merge-c.txt"));
        Files.writeString(in.resolve("merge-c.json"), "{\"title\": \"Kano bus station\", \"date\": \"2021-05-07\"}");
        Files.writeString(in.resolve("binary.txt"), "Gunmen\u0000attacked a bank.");
        Files.writeString(in.resolve("dated.txt"), "Gunmen attacked a bank in Kano.");
        Files.writeString(in.resolve("dated.json"), "{\"date\": \"yesterday\"}");
        Files.writeString(in.resolve("notes.md"), "not an article");
        Path out = tmp.resolve("out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CommandLine(new SparkIngest());
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        sc.close();   // one SparkContext per JVM: the command starts its own
        try {
            int status = cli.execute("--master", "local[2]", "--article-timeout", "" + TIMEOUT, "--partitions", "2",
                                     "--output", out.toString(),
                                     in.toString());
            assertEquals(1, status, stderr.toString());
            var missingErr = new StringWriter();
            var missing = new CommandLine(new SparkIngest());
            missing.setErr(new PrintWriter(missingErr));
            assertEquals(2, missing.execute("--master", "local[1]", "--output", tmp.resolve("out2").toString(),
                                            tmp.resolve("missing").toString()));
            assertEquals(tmp.resolve("missing") + ": no such file or folder\n", missingErr.toString());
        } finally {
            sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkIngestIT")
                                              .set("spark.ui.enabled", "false"));
        }
        assertTrue(stdout.toString().startsWith("2 article(s) ok, 2 failed, "), stdout.toString());
        String err = stderr.toString();
        assertTrue(err.contains("binary.txt: binary content (NUL character at offset 6)\n"), err);
        assertTrue(err.contains("dated.txt: metadata: bad date (want YYYY-MM-DD): yesterday\n"), err);
        JsonObject report = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
        assertEquals(4, report.get("articles").getAsInt());
        assertEquals(2, report.get("ok").getAsInt());
        assertEquals(2, report.get("failed").getAsInt());
        Set<String> reasons = new TreeSet<>();
        for (var f : report.getAsJsonArray("failures"))
            reasons.add(f.getAsJsonObject().get("id").getAsString() + ": " + f.getAsJsonObject().get("reason").getAsString());
        assertEquals(Set.of("binary: binary content (NUL character at offset 6)",
                            "dated: metadata: bad date (want YYYY-MM-DD): yesterday"), reasons);
        DatasetGraph shards = readShards(out);
        assertEquals(articleIris(List.of("football", "merge-c")), graphNames(shards));
        assertEquals(report.get("quads").getAsLong(), countQuads(shards));
        String article = "<" + RES + "article/merge-c>";
        String ask = "PREFIX dct: <http://purl.org/dc/terms/> ASK { GRAPH " + article + " { " + article
                + " dct:title \"Kano bus station\"@en } }";
        assertTrue(QueryExecution.dataset(DatasetFactory.wrap(shards)).query(ask).ask(), "the sidecar's title");
        assertEquals(List.of("part-00000.nq", "part-00001.nq"), shardFiles(out));
    }

    static List<String> shardFiles(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(IngestJob.SHARDS))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static DatasetGraph readShards(Path out) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> s = Files.list(out.resolve(IngestJob.SHARDS))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".nq")).toList())
                RDFDataMgr.read(dsg, p.toString());
        }
        return dsg;
    }

    static long countQuads(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    static Set<String> articleIris(List<String> ids) {
        Set<String> s = new TreeSet<>();
        for (String id : ids)
            s.add(RES + "article/" + id);
        return s;
    }

    static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    static List<String> lines(List<ArticleResult> failures) {
        List<String> l = new ArrayList<>();
        for (ArticleResult a : failures)
            l.add(a.source() + ": " + a.problem());
        return l;
    }
}
