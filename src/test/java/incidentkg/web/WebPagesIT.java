package incidentkg.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages over HTTP, against the real server with the seed article loaded: content negotiation of
 * resource IRIs (Turtle, JSON-LD, N-Triples and RDF/XML that parse, HTML otherwise, 404 for unknown), the
 * panels' contents, search, filters, graph data, the query editor and the assets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesIT {
    static final String IKG = "https://w3id.org/incidentkg/ontology#";
    static final String RES = WebSeed.RES;
    static final String HOTEL = WebSeed.HOTEL_ATTACK;

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

    private HttpResponse<String> get(String pathOrUrl, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : seed.base() + pathOrUrl));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** The facts every RDF form of the hotel attack must hold: its own triples and the claim's evidence. */
    private static void assertHotelAttack(Model m) {
        Resource hotel = m.createResource(HOTEL);
        assertTrue(m.contains(hotel, RDF.type, m.createResource(IKG + "HostageTaking")));
        assertTrue(m.contains(hotel, m.createProperty(IKG, "venue"), m.createResource(RES + "place/radisson-blu-hotel-bamako")));
        assertTrue(m.contains(hotel, m.createProperty(IKG, "claimedBy"), m.createResource(RES + "organization/bamako-2015-african-jihadist-group")));
        // The evidence mention of the reified claimedBy statement comes along.
        assertTrue(m.contains(m.createResource(RES + "mention/bamako-2015/1146-1244"),
                m.createProperty("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"),
                "An African Jihadist group affiliated with al Qaeda claimed responsibility on Friday for the attack"));
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, text/turtle, TURTLE",
        "application/ld+json, application/ld+json, JSONLD",
        "application/n-triples, application/n-triples, NTRIPLES",
        "application/rdf+xml, application/rdf+xml, RDFXML",
        "'text/turtle;q=0.9, application/rdf+xml;q=0.5', text/turtle, TURTLE",
    })
    void acceptHeaderGivesRdfThatParses(String accept, String contentType, String lang) throws Exception {
        HttpResponse<String> r = get(seed.page(HOTEL), accept);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith(contentType), type(r));
        assertTrue(r.headers().allValues("Vary").contains("Accept"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(lang)).parse(m);
        assertHotelAttack(m);
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle, TURTLE", "jsonld, application/ld+json, JSONLD", "nt, application/n-triples, NTRIPLES",
                "rdf, application/rdf+xml, RDFXML"})
    void formatParameterOverridesAccept(String format, String contentType, String lang) throws Exception {
        HttpResponse<String> r = get(seed.page(HOTEL) + "?format=" + format, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith(contentType), type(r));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), langOf(lang)).parse(m);
        assertHotelAttack(m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", "text/html", ""})
    void browsersAndUnspecifiedAcceptGetHtml(String accept) throws Exception {
        HttpResponse<String> r = get(seed.page(HOTEL), accept.isEmpty() ? null : accept);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("text/html"), type(r));
        assertTrue(r.body().contains("<h1>"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/resource/incident/no-such-incident", "/resource/place/atlantis", "/resource/",
                            "/resource/incident/%3Cscript%3E", "/resource/../kg/get"})
    void unknownResourcesAre404(String path) throws Exception {
        assertEquals(404, get(path, "text/turtle").statusCode(), path);
        assertEquals(404, get(path, "text/html").statusCode(), path);
    }

    @Test
    void yasguiCompletesTheOntologyPrefixesFromThisServer() throws Exception {
        HttpResponse<String> r = get("/yasgui/prefixes.json", null);
        assertEquals(200, r.statusCode());
        com.google.gson.JsonObject prefixes = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(IKG, prefixes.get("ikg").getAsString());
        assertEquals("http://semanticweb.cs.vu.nl/2009/11/sem/", prefixes.get("sem").getAsString());
        assertEquals(404, get("/yasgui/other", null).statusCode());
        // inline styles for the editor's widgets on that page only; scripts stay the jar's own
        String csp = get("/yasgui", "text/html").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("style-src 'self' 'unsafe-inline'") && csp.contains("script-src 'self';"), csp);
        String home = get("/", "text/html").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(home.contains("style-src 'self';"), home);
    }

    @Test
    void unknownFormatIs400() throws Exception {
        assertEquals(400, get(seed.page(HOTEL) + "?format=xls", null).statusCode());
    }

    @Test
    void mentionIriOpensTheArticleWithTheSpanMarked() throws Exception {
        HttpResponse<String> r = get("/resource/mention/bamako-2015/1146-1244", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/resource/article/bamako-2015?mark=1146-1244#evidence", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void articlePageMarksTheEvidenceAndItsSentence() throws Exception {
        String html = get("/resource/article/bamako-2015?mark=1146-1244", "text/html").body();
        String sentence = between(html, "<span class=\"sentence\" id=\"sentence\">", "</span>");
        String mark = between(html, "<mark id=\"evidence\">", "</mark>");
        assertEquals("An African Jihadist group affiliated with al Qaeda claimed responsibility on Friday for the attack",
                mark.replaceAll("<[^>]+>", ""));
        assertTrue(sentence.replaceAll("<[^>]+>", "").endsWith("for the attack and hostage-taking."),
                sentence.replaceAll("<[^>]+>", ""));
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, "no " + from);
        int j = s.indexOf(to, i + from.length());
        return s.substring(i + from.length(), j);
    }

    @Test
    void incidentPageHasEveryPanel() throws Exception {
        String html = get(seed.page(HOTEL), "text/html").body();
        for (String id : List.of("when-where", "who", "claims", "figures", "events", "related", "mentions", "sources", "outside", "triples"))
            assertTrue(html.contains("id=\"" + id + "\""), "no panel " + id);
        // The claim's verification state, the hedged figures, the place chain and its outside links.
        assertTrue(html.contains("not verified: “could not immediately be verified”"));
        assertTrue(html.contains("not verified: “yet to be verified”"));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q3703\""), "Bamako's Wikidata link");
        assertTrue(html.contains("href=\"https://sws.geonames.org/2460596/\""), "Bamako's GeoNames link");
        assertTrue(html.contains("/query?panel=incident-figures&amp;this=https%3A%2F%2Fw3id.org%2Fincidentkg%2Fresource%2Fincident%2F2015-11-20-bamako-radisson-blu-hotel-attack"));
        // Related incidents ranked by score: the storming (sub-event, same venue…) before the restaurant attack.
        String related = between(html, "<ol class=\"related\">", "</ol>");
        int storming = related.indexOf("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-operation");
        int restaurant = related.indexOf("/resource/incident/2015-03-01-bamako-attack");
        assertTrue(storming >= 0 && restaurant > storming, related);
        assertTrue(related.contains("sub-event"), related);
    }

    @Test
    void figuresTableGroupsByKindWithSources() throws Exception {
        String html = get(seed.page(HOTEL), "text/html").body();
        String table = between(html, "<table class=\"figures\">", "</table>");
        String hostages = between(table, "Hostages", "</tbody>");
        for (String n : List.of(">170<", ">140<", ">30<"))
            assertTrue(hostages.contains(n), n + " not among the hostage figures");
        assertTrue(hostages.contains("different counts"), "the disagreement is not flagged");
        String killed = between(table, "Killed", "</tbody>");
        assertTrue(killed.contains(">3<"));
        assertTrue(killed.contains("/resource/group/bamako-2015-security-sources"), "source of the killed figure");
        String released = between(table, "Released", "</tbody>");
        assertTrue(released.contains(">80<") && released.contains(">up to<"));
        assertTrue(table.contains("/resource/organization/reuters"), "reported via Reuters");
    }

    @Test
    void entityPages() throws Exception {
        String alQaeda = get("/resource/organization/al-qaeda", "text/html").body();
        assertTrue(alQaeda.contains("/resource/organization/bamako-2015-african-jihadist-group"), "affiliate down the chain");
        assertTrue(alQaeda.contains("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack"), "incident claimed by an affiliate");
        String group = get("/resource/organization/bamako-2015-african-jihadist-group", "text/html").body();
        assertTrue(between(group, "<ul class=\"chain-up\">", "</ul>").contains("/resource/organization/al-qaeda"));
        String person = get("/resource/person/abdelhamid-abaaoud", "text/html").body();
        assertTrue(person.contains("/resource/incident/2015-11-13-paris-attack") && person.contains("organizer"));
        assertTrue(person.contains("/resource/incident/bamako-2015-raid-7") && person.contains("killed in it"));
        String mali = get("/resource/place/mali", "text/html").body();
        String incidents = between(mali, "<table class=\"incidents\">", "</table>");
        assertTrue(incidents.contains("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack"), "incident in a contained place");
        assertTrue(incidents.contains("/resource/incident/2012-01-01-mali-occupation"));
        assertFalse(incidents.contains("/resource/incident/2015-11-13-paris-attack"));
        String tally = get("/resource/tally/bamako-2015/485-503-hostages", "text/html").body();
        assertTrue(tally.contains("/resource/article/bamako-2015?mark=485-503#evidence"));
    }

    @Test
    void suggestionsAndSearch() throws Exception {
        HttpResponse<String> r = get("/suggest?q=Bamako", null);
        assertTrue(type(r).startsWith("application/json"));
        List<String> hrefs = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonArray())
            hrefs.add(e.getAsJsonObject().get("href").getAsString());
        assertEquals("/resource/place/bamako", hrefs.get(0), "the exact name first");
        // An alternative label finds its entity.
        JsonArray hotel = JsonParser.parseString(get("/suggest?q=mali%20hotel", null).body()).getAsJsonArray();
        assertEquals("/resource/place/radisson-blu-hotel-bamako", hotel.get(0).getAsJsonObject().get("href").getAsString());
        String page = get("/search?q=Bamako", "text/html").body();
        String incidents = between(page, "id=\"incident-results\">", "</ul>");
        for (String i : List.of("2015-11-20-bamako-radisson-blu-hotel-attack", "2015-11-20-bamako-radisson-blu-hotel-operation", "2015-03-01-bamako-attack"))
            assertTrue(incidents.contains("/resource/incident/" + i), i);
        assertFalse(incidents.contains("2015-11-13-paris-attack"));
    }

    @Test
    void homeFilters() throws Exception {
        String mali = get("/?country=" + Links.enc(RES + "place/mali"), "text/html").body();
        assertTrue(mali.contains("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack"));
        assertFalse(mali.contains("/resource/incident/2015-11-13-paris-attack\""));
        String attacks = get("/?type=" + Links.enc(IKG + "Attack"), "text/html").body();
        assertTrue(attacks.contains("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack\""), "a hostage taking is an attack");
        assertFalse(attacks.contains("/resource/incident/2015-01-01-france-plot\""), "a plot is not");
        String y2012 = between(get("/?year=2012", "text/html").body(), "<tbody>", "</tbody>");
        assertTrue(y2012.contains("/resource/incident/2012-01-01-mali-occupation\""));
        assertFalse(y2012.contains("/resource/incident/2015-"));
        String byGroup = between(get("/?group=" + Links.enc(RES + "organization/bamako-2015-african-jihadist-group"), "text/html").body(), "<tbody>", "</tbody>");
        assertTrue(byGroup.contains("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack\""));
        assertFalse(byGroup.contains("/resource/incident/2015-03-01-bamako-attack\""));
    }

    @Test
    void graphDataComesFromTheMaterializedRelations() throws Exception {
        JsonObject g = JsonParser.parseString(get("/graph.json?focus=" + Links.enc(HOTEL), null).body()).getAsJsonObject();
        List<String> related = new ArrayList<>();
        for (JsonElement e : g.getAsJsonArray("edges")) {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            if (d.get("rel").getAsString().equals("relatedTo") && (d.get("source").getAsString().equals(HOTEL) || d.get("target").getAsString().equals(HOTEL)))
                related.add(d.get("source").getAsString().equals(HOTEL) ? d.get("target").getAsString() : d.get("source").getAsString());
        }
        related.sort(null);
        // not the 2012 occupation of northern Mali: "Islamist fighters, some with links to al Qaeda" names no
        // group that shares a perpetrator with the siege
        assertEquals(List.of(RES + "incident/2015-03-01-bamako-attack",
                RES + "incident/2015-11-20-bamako-radisson-blu-hotel-operation"), related);
    }

    @Test
    void queryEditorHasEveryQueryFileAndPanelQueries() throws Exception {
        String page = get("/query", "text/html").body();
        for (String f : List.of("cq1-incidents-in-city.rq", "cq4-figures.rq", "cq9-related.rq"))
            assertTrue(page.contains("data-file=\"" + f + "\""), f);
        String panel = get("/query?panel=incident-related&this=" + Links.enc(HOTEL), "text/html").body();
        assertTrue(panel.contains("ikg:fromIncident &lt;" + HOTEL + "&gt;"), "the bound query");
        assertTrue(get("/timeline", "text/html").body().contains("<svg class=\"timeline\""));
    }

    @ParameterizedTest
    @CsvSource({"/assets/vendor/leaflet/leaflet.js, text/javascript", "/assets/vendor/cytoscape/cytoscape.min.js, text/javascript",
                "/assets/vendor/world/world.json, application/json", "/assets/ikg.css, text/css"})
    void assetsComeFromTheJar(String path, String contentType) throws Exception {
        HttpResponse<String> r = get(path, null);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith(contentType), type(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/../incidentkg/web/Kg.class", "/assets/%2e%2e/log4j2.xml", "/assets/nothing.js", "/assets/Kg.class"})
    void nothingElseIsServedAsAnAsset(String path) throws Exception {
        int status = get(path, null).statusCode();
        assertTrue(status == 404 || status == 400, path + " gave " + status);
    }
}
