package incidentkg.web;

import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.Store;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page of a store with 250 hand-made incidents, served over HTTP: a hundred a page, newest first, with
 * links to the next and previous pages that keep the filters; the list is counted again after the store changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePagingIT {
    private static final String RES = "https://w3id.org/incidentkg/resource/";
    private Store store;
    private IkgServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Incidents 1..n, incident i on day i of 2001 or 2002 (incident 1 the oldest), all in one article's graph. */
    private static Model incidents(int from, int to) {
        StringBuilder ttl = new StringBuilder("""
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix ikg:  <https://w3id.org/incidentkg/ontology#> .
            """);
        for (int i = from; i <= to; i++) {
            String date = java.time.LocalDate.of(2001, 1, 1).plusDays(i - 1).toString();
            ttl.append("<").append(RES).append("incident/test-").append(i).append("> a ikg:Attack ; rdfs:label \"Test attack ")
               .append(i).append("\"@en ; ikg:earliestDate \"").append(date).append("\"^^xsd:date ; ikg:latestDate \"")
               .append(date).append("\"^^xsd:date .\n");
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(m);
        return m;
    }

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        Dataset ds = store.dataset();
        Txn.executeWrite(ds, () -> ds.addNamedModel(RES + "article/test-a", incidents(1, 250)));
        IkgServer.Builder b = IkgServer.builder().dataset(ds.asDatasetGraph()).port(0);
        Web.mount(b, ds.asDatasetGraph());
        server = b.build();
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("class=\"incident\"").matcher(html);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    @Test
    void aHundredAPageNewestFirst() throws Exception {
        String first = get("/");
        assertTrue(first.contains(">250 of 250 incidents, page 1 of 3<"), first);
        assertEquals(100, rows(first));
        assertTrue(first.contains(">Test attack 250<") && first.contains(">Test attack 151<"), first);
        assertFalse(first.contains(">Test attack 150<"), first);
        assertTrue(first.contains("href=\"/?page=2\" rel=\"next\""), first);
        assertFalse(first.contains("rel=\"prev\""), first);

        String last = get("/?page=3");
        assertTrue(last.contains(">250 of 250 incidents, page 3 of 3<"), last);
        assertEquals(50, rows(last));
        assertTrue(last.contains(">Test attack 1<") && last.contains(">Test attack 50<"), last);
        assertTrue(last.contains("href=\"/?page=2\" rel=\"prev\""), last);
        assertFalse(last.contains("rel=\"next\""), last);

        // out of range or not a number: the nearest page
        assertTrue(get("/?page=99").contains(">250 of 250 incidents, page 3 of 3<"));
        assertTrue(get("/?page=x").contains(">250 of 250 incidents, page 1 of 3<"));
    }

    @Test
    void filtersAreKeptFromPageToPage() throws Exception {
        String page = get("/?year=2001&page=2");
        assertTrue(page.contains(">250 of 250 incidents, page 2 of 3<"), page);
        assertTrue(page.contains("href=\"/?year=2001&amp;page=3\" rel=\"next\""), page);
        assertTrue(page.contains("href=\"/?year=2001&amp;page=1\" rel=\"prev\""), page);
    }

    @Test
    void theListIsCountedAgainAfterAChange() throws Exception {
        Dataset ds = store.dataset();
        Txn.executeWrite(ds, () -> ds.addNamedModel(RES + "article/test-b", incidents(251, 251)));
        try {
            String first = get("/");
            assertTrue(first.contains(">251 of 251 incidents, page 1 of 3<"), first);
            assertTrue(first.contains(">Test attack 251<"), first);
        } finally {
            Txn.executeWrite(ds, () -> ds.removeNamedModel(RES + "article/test-b"));
        }
        assertTrue(get("/").contains(">250 of 250 incidents, page 1 of 3<"));
    }
}
