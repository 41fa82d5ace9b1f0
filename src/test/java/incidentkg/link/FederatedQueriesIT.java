package incidentkg.link;

import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query of {@code queries/federated/} through our server, with its SERVICE endpoint (written as Wikidata's
 * public endpoint) rewritten to a local Fuseki holding Wikidata-shaped data, which is the only endpoint the
 * server allows. Each has a hand-written expected table in {@code src/test/resources/queries/federated/NAME.csv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederatedQueriesIT {
    static final String WIKIDATA_SERVICE = "SERVICE <" + LinkVocab.WIKIDATA_SPARQL + ">";

    /**
     * Incidents in Bamako (with a sub-event), in Paris and in a town that is not linked; the gazetteer links
     * Bamako, Mali, Paris, France, al-Qaeda and the Islamic State to Wikidata.
     */
    static final String ARTICLE = """
        PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
        PREFIX res: <https://w3id.org/incidentkg/resource/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        GRAPH res:article\\/f1 {
            res:article\\/f1 a ikg:Article ; dcterms:identifier "f1" .
            res:incident\\/f1-bamako a ikg:HostageTaking ; rdfs:label "Hostage taking, Bamako"@en ;
                ikg:city res:place\\/bamako ; ikg:country res:place\\/mali ; ikg:claimedBy res:organization\\/al-qaeda .
            res:incident\\/f1-storming a ikg:Raid ; rdfs:label "Storming, Bamako"@en ; ikg:partOf res:incident\\/f1-bamako ;
                ikg:city res:place\\/bamako ; ikg:country res:place\\/mali .
            res:incident\\/f1-town a ikg:Attack ; rdfs:label "Attack, a town"@en ;
                ikg:city res:place\\/f1-town ; ikg:country res:place\\/mali ; ikg:perpetrator res:organization\\/f1-group .
            res:incident\\/f1-paris a ikg:Attack ; rdfs:label "Attack, Paris"@en ;
                ikg:city res:place\\/paris ; ikg:country res:place\\/france ; ikg:perpetrator res:organization\\/islamic-state .
            res:place\\/bamako a ikg:City ; rdfs:label "Bamako"@en .
            res:place\\/f1-town a ikg:City ; rdfs:label "a town"@en .
            res:organization\\/al-qaeda a ikg:ArmedGroup ; rdfs:label "al-Qaeda"@en .
            res:organization\\/islamic-state a ikg:ArmedGroup ; rdfs:label "Islamic State"@en .
            res:organization\\/f1-group a ikg:ArmedGroup ; rdfs:label "a group"@en .
        }
        """;

    /** Made-up Wikidata-shaped values for the items the gazetteer links to. */
    static final String WIKIDATA = """
        wd:Q3703 wdt:P1082 2000001 ; wdt:P625 "Point(-8.0 12.65)"^^geo:wktLiteral .
        wd:Q90 wdt:P1082 3000001 .
        wd:Q34490 wdt:P31 wd:Q900300 .
        wd:Q2429253 wdt:P31 wd:Q900300 , wd:Q900301 .
        wd:Q900300 rdfs:label "test class A"@en .
        wd:Q900301 rdfs:label "test class B"@en , "classe B"@fr .
        """;

    Store store;
    WikidataFixture wikidata;
    IkgServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start(@TempDir Path dir) {
        store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(ARTICLE, Lang.TRIG).parse(store.dataset()));
        wikidata = WikidataFixture.start(WIKIDATA);
        server = IkgServer.builder().dataset(store.dataset().asDatasetGraph()).port(0)
                          .allowService(wikidata.endpoint()).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        wikidata.close();
        store.close();
    }

    HttpResponse<String> query(String q) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("queries/federated"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFederatedQueryJoinsWithTheFixture() throws Exception {
        List<Path> files = files();
        assertEquals(2, files.size(), files.toString());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            assertTrue(text.contains(WIKIDATA_SERVICE), f + " does not call " + WIKIDATA_SERVICE);
            String name = f.getFileName().toString().replace(".rq", "");
            HttpResponse<String> r = query(text.replace(WIKIDATA_SERVICE, "SERVICE <" + wikidata.endpoint() + ">"));
            assertEquals(200, r.statusCode(), r.body());
            List<String> got = r.body().lines().toList();
            List<String> want = Files.readString(Path.of("src/test/resources/queries/federated/" + name + ".csv")).lines().toList();
            assertEquals(want.get(0), got.get(0), "header of " + name);
            assertEquals(String.join("\n", new TreeSet<>(want.subList(1, want.size()))),
                         String.join("\n", new TreeSet<>(got.subList(1, got.size()))), name);
        }));
    }

    @Test
    void wikidataItselfIsNotOnThisServersAllowList() throws Exception {
        int before = wikidata.requests();
        HttpResponse<String> r = query(Files.readString(Path.of("queries/federated/city-population.rq")));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE not allowed: " + LinkVocab.WIKIDATA_SPARQL), r.body());
        assertEquals(before, wikidata.requests());
    }
}
