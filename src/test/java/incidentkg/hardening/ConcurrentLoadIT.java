package incidentkg.hardening;

import com.google.gson.JsonParser;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Backup;
import incidentkg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent use (issue #6, part 3): while the real loader writes the batch (four short articles and the seed
 * article, CoreNLP included) into a TDB2 store, {@value #CLIENTS} clients ({@value #LONG_CLIENTS} with
 * {@code -Dincidentkg.long=true}) query the same store over HTTP through the IncidentKG server, and a backup of
 * the live store is taken again and again, directly and through the server ({@code backup --endpoint}).
 *
 * <p>Every response must be HTTP 200 and consistent: each article graph a response shows has its final
 * number of triples (no article is ever seen half-loaded), every {@code ikg:relatedTo} has its inverse, and
 * every related incident belongs to an article graph in the same response. Some responses must show the batch
 * part-way (the server answered while the loader wrote). Every backup must hold whole articles only.
 */
class ConcurrentLoadIT {
    static final int CLIENTS = 16;
    static final int LONG_CLIENTS = 64;

    private static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final String ASYMMETRIC = "PREFIX ikg: <" + IKG.NS + "> ASK { GRAPH <" + IKG.GRAPH_RELATED
            + "> { ?a ikg:relatedTo ?b FILTER NOT EXISTS { ?b ikg:relatedTo ?a } } }";
    private static final String DANGLING = "PREFIX ikg: <" + IKG.NS + "> ASK { GRAPH <" + IKG.GRAPH_RELATED
            + "> { ?r ikg:fromIncident ?a } FILTER NOT EXISTS { GRAPH ?g { ?a ikg:supportedBy ?article } } }";

    @TempDir
    Path dir;

    @Test
    void clientsQueryWhileTheLoaderWrites() throws Exception {
        int clients = Hardening.LONG ? LONG_CLIENTS : CLIENTS;
        List<Path> batch = Hardening.batch();
        String articlePrefix = IKG.RESOURCE_NS + "article/";
        List<Map<String, Long>> seen = new ArrayList<>(); // article graph -> triples, one per COUNTS response
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger queries = new AtomicInteger(), duringLoad = new AtomicInteger(), inconsistent = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<String, Long> last = new ConcurrentHashMap<>();
        List<Path> backups = new ArrayList<>();

        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            IkgServer server = IkgServer.builder().dataset(dsg).port(0).build().start();
            String sparql = server.datasetURL() + "/sparql";
            try {
                ArticleLoader loader = Hardening.loader(store, ArticleLimits.DEFAULTS);
                List<Thread> threads = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int id = c;
                    Thread t = new Thread(() -> {
                        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(30)).build();
                        int after = 0;
                        for (int q = id; after < 3; q++) {
                            boolean wasLoading = loading.get();
                            try {
                                String query = q % 3 == 0 ? COUNTS : q % 3 == 1 ? ASYMMETRIC : DANGLING;
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                        .header("Accept", query == COUNTS ? "text/csv" : "application/sparql-results+json")
                                        .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                                queries.incrementAndGet();
                                if (r.statusCode() != 200) {
                                    errors.add("HTTP " + r.statusCode() + " " + r.body());
                                } else if (query == COUNTS) {
                                    Map<String, Long> counts = new HashMap<>();
                                    r.body().lines().skip(1).forEach(line -> {
                                        String[] cell = line.strip().split(",");
                                        if (cell[0].startsWith(articlePrefix))
                                            counts.put(cell[0], Long.parseLong(cell[1]));
                                    });
                                    synchronized (seen) {
                                        seen.add(counts);
                                    }
                                } else if (JsonParser.parseString(r.body()).getAsJsonObject().get("boolean").getAsBoolean()) {
                                    inconsistent.incrementAndGet();
                                    errors.add(query + " -> " + r.body());
                                }
                                if (wasLoading && loading.get())
                                    duringLoad.incrementAndGet();
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                            if (!loading.get())
                                after++;
                            sleep(10);
                        }
                    }, "client-" + c);
                    t.start();
                    threads.add(t);
                }
                // backups of the live store, directly and through the server, while the loader writes
                Thread backup = new Thread(() -> {
                    for (int b = 0; loading.get(); b++) {
                        Path file = dir.resolve("backup-" + b + ".nq.gz");
                        try {
                            if (b % 2 == 0)
                                Backup.write(dsg, file);
                            else
                                try (InputStream in = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                        URI.create(server.datasetURL() + "/get")).header("Accept", "application/n-quads")
                                        .build(), HttpResponse.BodyHandlers.ofInputStream()).body()) {
                                    Backup.copy(in, file);
                                }
                            synchronized (backups) {
                                backups.add(file);
                            }
                        } catch (Exception e) {
                            errors.add("backup: " + e);
                        }
                        sleep(500);
                    }
                }, "backup");
                backup.start();

                for (Path f : batch)
                    assertEquals(ArticleLoader.Outcome.LOADED, loader.load(f), f.toString());
                loading.set(false);
                for (Thread t : threads)
                    t.join();
                backup.join();
            } finally {
                server.stop();
            }
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(articlePrefix))
                    last.put(g.getURI(), (long) dsg.getGraph(g).size());
            }));
            store.expel();
        }

        assertEquals(batch.size(), last.size(), "every article of the batch is in the store");
        Set<Integer> states = new TreeSet<>();
        int halfLoaded = 0;
        for (Map<String, Long> counts : seen) {
            states.add(counts.size());
            for (var e : counts.entrySet())
                if (!e.getValue().equals(last.get(e.getKey())))
                    halfLoaded++;
        }
        int wholeBackups = 0;
        for (Path file : backups) {
            DatasetGraph copy = DatasetGraphFactory.create();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(copy);
            }
            boolean whole = true;
            for (var g : (Iterable<org.apache.jena.graph.Node>) copy::listGraphNodes)
                if (g.getURI().startsWith(articlePrefix) && copy.getGraph(g).size() != last.get(g.getURI()))
                    whole = false;
            if (whole)
                wholeBackups++;
        }
        Hardening.figures(String.format("concurrent: %d HTTP clients sent %d SPARQL queries, %d of them while the "
                + "loader wrote %d articles; errors %d, inconsistent responses %d, half-loaded articles seen %d; "
                + "responses saw %s articles; %d backups of the live store, %d holding whole articles only",
                clients, queries.get(), duringLoad.get(), batch.size(), errors.size(), inconsistent.get(), halfLoaded,
                states, backups.size(), wholeBackups));
        assertEquals(List.of(), List.copyOf(errors), "errors");
        assertEquals(0, halfLoaded, "no article is seen half-loaded");
        assertTrue(states.stream().anyMatch(n -> n > 0 && n < batch.size()),
                   "the server answered part-way through the batch: " + states);
        assertTrue(backups.size() > 0);
        assertEquals(backups.size(), wholeBackups, "every backup holds whole articles only");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
