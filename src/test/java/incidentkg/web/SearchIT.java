package incidentkg.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import incidentkg.server.IkgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search box over real HTTP with the seed article loaded in a TDB2 store: suggestions by prefix, case and
 * accents folded; a group found through an alias only; {@code text:query} from SPARQL at {@code /kg/sparql},
 * joined with the union default graph; a SPARQL Update through Fuseki indexed (and unindexed) as it commits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {
    private WebSeed seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        seed = WebSeed.start(dir, WebSeed.SEED);
    }

    @AfterAll
    void stop() {
        if (seed != null)
            seed.close();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(seed.base() + path)).header("Accept", accept).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonObject> suggest(String q) throws Exception {
        HttpResponse<String> r = get("/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode());
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonArray())
            out.add(e.getAsJsonObject());
        return out;
    }

    private static List<String> hrefs(List<JsonObject> suggestions) {
        return suggestions.stream().map(o -> o.get("href").getAsString()).toList();
    }

    @Test
    void aPrefixSuggestsBamakoIncidentsFirst() throws Exception {
        List<JsonObject> bam = suggest("Bam");
        assertTrue(hrefs(bam).contains("/resource/place/bamako"), hrefs(bam).toString());
        JsonObject bamako = bam.get(hrefs(bam).indexOf("/resource/place/bamako"));
        assertEquals("Bamako", bamako.get("label").getAsString());
        assertEquals("City", bamako.get("kind").getAsString());
        // incidents first: the hotel attack comes before the city
        int hotel = hrefs(bam).indexOf("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack");
        assertTrue(hotel >= 0 && hotel < hrefs(bam).indexOf("/resource/place/bamako"), hrefs(bam).toString());
        // case and accents do not matter; the whole name comes first
        assertTrue(hrefs(suggest("BAMAKÓ")).contains("/resource/place/bamako"));
        assertEquals("/resource/place/bamako", hrefs(suggest("bamako")).get(0));
        assertEquals(List.of(), suggest("Bamakox"));
        assertEquals(List.of(), suggest("b"), "one letter suggests nothing");
    }

    @Test
    void searchFindsAlQaedaThroughItsAlias() throws Exception {
        String page = get("/search?q=al-Qaida", "text/html").body();
        int list = page.indexOf("id=\"entity-results\">");
        assertTrue(list >= 0, page);
        String entities = page.substring(list, page.indexOf("</ul>", list));
        int i = entities.indexOf("<a href=\"/resource/organization/al-qaeda\">al-Qaeda</a>");
        assertTrue(i >= 0, entities);
        String item = entities.substring(i, entities.indexOf("</li>", i));
        assertTrue(item.contains("also called “") && item.toLowerCase().contains("qaida"), item);
    }

    private String sparqlCsv(String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(seed.server.datasetURL() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void textQueryRunsOnTheSparqlEndpointWithTheUnionDefaultGraph() throws Exception {
        // the city's type is in the gazetteer graph: found through the union default graph
        assertEquals("s,name\r\nhttps://w3id.org/incidentkg/resource/place/bamako,Bamako\r\n", sparqlCsv("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
                SELECT DISTINCT ?s ?name WHERE {
                  (?s ?score ?name) text:query ("bamako" 50) .
                  ?s a ikg:City .
                }"""));
        // the aliases of al-Qaeda spelt "Qaida", whatever their case
        assertEquals("name\r\nAl Qaida\r\nAl-Qaida\r\nal Qaida\r\nal-Qaida\r\n", sparqlCsv("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?name WHERE {
                  (?s ?score ?name) text:query ("QAIDA" 50) .
                  FILTER(?s = <https://w3id.org/incidentkg/resource/organization/al-qaeda>)
                } ORDER BY STR(?name)"""));
    }

    @Test
    void aSparqlUpdateThroughFusekiIsIndexedWhenItCommits() throws Exception {
        IkgServer writer = IkgServer.builder().dataset(seed.store.dataset().asDatasetGraph()).port(0)
                .credentials("editor", "s3cret").build().start();
        try {
            String data = """
                     { GRAPH <https://w3id.org/incidentkg/test/update> {
                       <https://w3id.org/incidentkg/resource/place/zyxwville> a <https://w3id.org/incidentkg/ontology#City> ;
                         <http://www.w3.org/2000/01/rdf-schema#label> "Zyxwville"@en } }""";
            String auth = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
            for (String op : List.of("INSERT DATA", "DELETE DATA")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(writer.datasetURL() + "/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(op + data)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() / 100 == 2, op + ": " + r.statusCode() + " " + r.body());
                assertEquals(op.startsWith("INSERT") ? List.of("/resource/place/zyxwville") : List.of(),
                             hrefs(suggest("zyxw")), "after " + op);
            }
        } finally {
            writer.stop();
        }
    }
}
