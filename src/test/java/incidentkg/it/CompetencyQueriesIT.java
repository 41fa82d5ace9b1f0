package incidentkg.it;

import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the seed article, starts the real Fuseki server on a free port, and runs every file of
 * {@code queries/} over HTTP. Each query has a hand-written expected table in
 * {@code src/test/resources/queries/NAME.csv} (the rows must be exactly these) or {@code NAME.contains.csv}
 * (these rows must be among the answers); rows compare as sets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencyQueriesIT {
    private Store store;
    private IkgServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void loadAndServe(@TempDir Path dir) throws Exception {
        store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        Seed.loader(store).load(Seed.ARTICLE);
        server = IkgServer.builder().dataset(store.dataset().asDatasetGraph()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    private List<String> csv(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetURL() + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return resp.body().lines().toList();
    }

    private static List<String> rows(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines)
            if (!l.isBlank() && !l.startsWith("#"))
                out.add(l.strip());
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCompetencyQueryAnswersAsExpected() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 9, "queries/ has " + files.size() + " files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replace(".rq", "");
            Path exact = Path.of("src/test/resources/queries/" + name + ".csv");
            Path some = Path.of("src/test/resources/queries/" + name + ".contains.csv");
            assertTrue(Files.exists(exact) || Files.exists(some), "no expected table for " + f);
            String query = Files.readString(f);
            String endpoint = name.hashCode() % 2 == 0 ? "/sparql" : "/query";
            List<String> actual = rows(csv(endpoint, query));
            List<String> expected = rows(Files.readAllLines(Files.exists(exact) ? exact : some));
            assertEquals(expected.get(0), actual.get(0), "header of " + name);
            TreeSet<String> want = new TreeSet<>(expected.subList(1, expected.size()));
            TreeSet<String> got = new TreeSet<>(actual.subList(1, actual.size()));
            if (Files.exists(exact))
                assertEquals(String.join("\n", want), String.join("\n", got), name);
            else
                for (String row : want)
                    assertTrue(got.contains(row), name + " lacks the row\n" + row + "\namong\n" + String.join("\n", got));
        }));
    }
}
