package incidentkg.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import incidentkg.rules.DataSource;
import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.BulkLoad;
import incidentkg.store.Store;
import incidentkg.synth.ArticleFactory;
import incidentkg.synth.GraphGenerator;
import incidentkg.synth.SynthTemplates;
import incidentkg.web.Web;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code bench queries}: builds (or reuses) TDB2 stores of synthetic graphs at several sizes with Jena's
 * bulk loader, serves each with the real server and pages on a free port, and measures over HTTP the latency
 * (p50, p95, p99), throughput and errors of every {@code queries/*.rq} and of an incident page, with each
 * number of concurrent clients. Prints a table; {@code --json} also writes the figures. Never asserts speed.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        header = "Measure query latency over HTTP (p50/p95/p99), throughput and errors of every queries/*.rq and of "
                + "an incident page, on synthetic graphs of several sizes, with 1 and 16 concurrent clients.")
public final class BenchQueriesCommand extends KnowledgeOptions implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "100000,1000000", paramLabel = "N[,N…]",
            description = "Graph sizes in triples (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--store", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Folder of the stores (store-N) and graphs (graph-N.nq.gz); a store already there is reused "
                    + "(default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "Folder of the .rq files to measure (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--clients", split = ",", defaultValue = "1,16", paramLabel = "N[,N…]",
            description = "Numbers of concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "200", paramLabel = "N",
            description = "Measured requests per target and number of clients (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
            description = "Unmeasured requests per target first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--max-seconds", defaultValue = "60", paramLabel = "S",
            description = "Stop a measurement after this long, with the requests done so far (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--timeout", defaultValue = "30000", paramLabel = "MS",
            description = "Server query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the graphs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The name of the empty query measured first, as the floor of every latency. */
    static final String BASELINE = "baseline-ask";

    /** One thing measured: a query file or a page. */
    record Target(String name, String query, String path) {}

    /** The figures of one target at one size and number of clients. */
    record Result(long size, long quads, String target, int clients, int requests, int errors, long rows,
                  double p50, double p95, double p99, double mean, double throughput) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s <= 0) || clients.stream().anyMatch(c -> c <= 0)
                || requests <= 0 || warmup < 0)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sizes, --clients and --requests must be positive, --warmup not negative");
        List<Target> targets = targets();
        KnowledgeBase kb = knowledge();
        SynthTemplates templates = data == null ? SynthTemplates.bundled() : SynthTemplates.load(DataSource.folder(data));
        ArticleFactory factory = new ArticleFactory(kb, templates, seed);
        Files.createDirectories(dir);
        List<Result> results = new ArrayList<>();
        JsonArray stores = new JsonArray();
        for (long size : sizes) {
            Path storeDir = dir.resolve("store-" + size);
            long[] built = build(factory, size, storeDir, err);
            JsonObject s = new JsonObject();
            s.addProperty("size", size);
            s.addProperty("quads", built[0]);
            s.addProperty("buildSeconds", built[1] / 1000.0);
            s.addProperty("reused", built[1] < 0);
            stores.add(s);
            String page = "resource/" + GraphGenerator.incidentIri(factory.make("synth", 0))
                    .substring(incidentkg.rdf.IKG.RESOURCE_NS.length());
            List<Target> all = new ArrayList<>();
            all.add(new Target(BASELINE, "ASK {}", null)); // the floor: HTTP, Fuseki and the machine's load
            all.addAll(targets);
            all.add(new Target("incident-page", null, page));
            try (Store store = Store.open(storeDir, kb)) {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                IkgServer server = Web.mount(IkgServer.builder().dataset(dsg).port(0).queryTimeout(timeout), dsg)
                        .build().start();
                try {
                    for (Target t : all)
                        for (int c : clients) {
                            Result r = measure(server, t, size, built[0], c, err);
                            results.add(r);
                        }
                } finally {
                    server.stop();
                }
            }
        }
        table(out, results);
        if (json != null)
            writeJson(results, stores);
        long errors = results.stream().mapToLong(Result::errors).sum();
        out.println(errors == 0 ? "no errors" : errors + " error(s)");
        return 0;
    }

    private List<Target> targets() throws IOException {
        if (!Files.isDirectory(queries))
            throw new IOException(queries + ": not a folder of .rq files");
        List<Target> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(queries)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(new Target(name.substring(0, name.length() - 3), Files.readString(p), null));
            }
        }
        if (out.isEmpty())
            throw new IOException(queries + ": no .rq files");
        return out;
    }

    /** Builds the store of a size unless it is there; returns {quads, milliseconds (-1 when reused)}. */
    private long[] build(ArticleFactory factory, long size, Path storeDir, PrintWriter err) throws IOException {
        Path count = dir.resolve("store-" + size + ".quads");
        if (Store.exists(storeDir) && Files.isRegularFile(count)) {
            err.println("reusing " + storeDir);
            return new long[] {Long.parseLong(Files.readString(count).strip()), -1};
        }
        if (Files.exists(storeDir))
            throw new IOException(storeDir + ": exists but is not a complete benchmark store; remove it");
        long t0 = System.currentTimeMillis();
        Path graph = dir.resolve("graph-" + size + ".nq.gz");
        err.println("generating " + graph);
        long quads = GenerateGraphCommand.write(factory, size, graph, err);
        err.println("bulk loading " + graph + " into " + storeDir);
        DatasetGraph dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        try {
            BulkLoad.load(dsg, graph, err);
        } catch (RuntimeException e) {
            throw new IOException(graph + ": bulk load failed: " + e.getMessage(), e);
        } finally {
            dsg.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
        Files.writeString(count, quads + "\n");
        return new long[] {quads, System.currentTimeMillis() - t0};
    }

    private HttpRequest request(IkgServer server, Target t) {
        if (t.query() == null)
            return HttpRequest.newBuilder(URI.create(server.url() + t.path())).header("Accept", "text/html")
                              .timeout(Duration.ofMillis(timeout + 5000)).GET().build();
        return HttpRequest.newBuilder(URI.create(server.datasetURL() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/tab-separated-values")
                .timeout(Duration.ofMillis(timeout + 5000))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(t.query(), StandardCharsets.UTF_8)))
                .build();
    }

    /** Rows of a TSV answer (lines after the header; 1 for an ASK), or -1 for a page; -2 on error. */
    private long send(HttpRequest req, boolean query) {
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200)
                return -2;
            if (!query)
                return -1;
            long lines = resp.body().lines().filter(l -> !l.isEmpty()).count();
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return -2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private Result measure(IkgServer server, Target t, long size, long quads, int nClients, PrintWriter err)
            throws Exception {
        HttpRequest req = request(server, t);
        boolean query = t.query() != null;
        long rows = -1;
        int errors = 0;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            long r = send(req, query);
            if (r == -2)
                errors++;
            else
                rows = r;
        }
        if (warmup == 0 || rows == -1 && query)
            rows = send(req, query);
        int total = Math.max(requests, nClients);
        AtomicInteger tickets = new AtomicInteger();
        AtomicInteger errs = new AtomicInteger(errors);
        long measureDeadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(nClients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < nClients; c++)
            futures.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                while (tickets.getAndIncrement() < total && System.nanoTime() < measureDeadline) {
                    long t0 = System.nanoTime();
                    long r = send(req, query);
                    long dt = System.nanoTime() - t0;
                    if (r == -2)
                        errs.incrementAndGet();
                    else
                        lat.add(dt);
                }
                return lat;
            }));
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures)
            all.addAll(f.get());
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] lat = all.stream().mapToLong(Long::longValue).sorted().toArray();
        Result r = new Result(size, quads, t.name(), nClients, lat.length, errs.get(), Math.max(rows, query ? 0 : -1),
                pct(lat, 50), pct(lat, 95), pct(lat, 99),
                lat.length == 0 ? 0 : Arrays.stream(lat).average().orElse(0) / 1e6,
                wall > 0 ? lat.length / wall : 0);
        err.printf("%,d triples, %s, %d client(s): rows %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.1f req/s, "
                   + "%d request(s), %d error(s)%n", size, t.name(), nClients, r.rows(), r.p50(), r.p95(), r.p99(),
                   r.throughput(), r.requests(), r.errors());
        err.flush();
        return r;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double pct(long[] sorted, int p) {
        if (sorted.length == 0)
            return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static void table(PrintWriter out, List<Result> results) {
        out.printf("%-12s %-28s %7s %8s %8s %9s %9s %9s %9s %6s%n", "triples", "target", "clients", "rows", "requests",
                   "p50 ms", "p95 ms", "p99 ms", "req/s", "errors");
        for (Result r : results)
            out.printf("%-12d %-28s %7d %8s %8d %9.1f %9.1f %9.1f %9.1f %6d%n", r.quads(), r.target(), r.clients(),
                       r.rows() < 0 ? "-" : Long.toString(r.rows()), r.requests(), r.p50(), r.p95(), r.p99(),
                       r.throughput(), r.errors());
        out.flush();
    }

    private void writeJson(List<Result> results, JsonArray stores) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("date", Instant.now().toString());
        o.addProperty("processors", Runtime.getRuntime().availableProcessors());
        o.addProperty("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
                peak += pool.getPeakUsage().getUsed();
        o.addProperty("peakHeapMB", peak >> 20);
        o.add("stores", stores);
        JsonArray rs = new JsonArray();
        for (Result r : results) {
            JsonObject x = new JsonObject();
            x.addProperty("size", r.size());
            x.addProperty("quads", r.quads());
            x.addProperty("target", r.target());
            x.addProperty("clients", r.clients());
            x.addProperty("requests", r.requests());
            x.addProperty("errors", r.errors());
            if (r.rows() >= 0)
                x.addProperty("rows", r.rows());
            x.addProperty("p50Ms", round(r.p50()));
            x.addProperty("p95Ms", round(r.p95()));
            x.addProperty("p99Ms", round(r.p99()));
            x.addProperty("meanMs", round(r.mean()));
            x.addProperty("requestsPerSecond", round(r.throughput()));
            rs.add(x);
        }
        o.add("results", rs);
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null)
            Files.createDirectories(parent);
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n");
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
