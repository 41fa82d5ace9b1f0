package incidentkg.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's walk through the pages in Debian's headless Chromium, against the real server with the seed
 * article loaded: home, search "Bamako", the hotel attack and its figures, the evidence of the claim, a
 * related attack, the graph view and a click on a node, the query editor and YASGUI. A screenshot of each step goes to
 * {@code target/screenshots/web/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {
    static final Path SHOTS = Path.of("target/screenshots/web");
    static final String RESTAURANT_ATTACK = WebSeed.RES + "incident/2015-03-01-bamako-attack";

    private WebSeed seed;
    private Chrome chrome;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        seed = WebSeed.start(dir, WebSeed.SEED);
        chrome = Chrome.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (chrome != null)
            chrome.close();
        if (seed != null)
            seed.close();
    }

    private String path() {
        return URI.create(chrome.evalString("location.href")).getPath();
    }

    private List<String> texts(String selector) {
        JsonArray a = chrome.eval("Array.from(document.querySelectorAll(" + new com.google.gson.Gson().toJson(selector)
                + ")).map(e => e.textContent.trim())").getAsJsonArray();
        List<String> out = new ArrayList<>();
        for (JsonElement e : a)
            out.add(e.getAsString());
        return out;
    }

    @Test
    @Order(1)
    void homeListsTheHotelAttack() throws Exception {
        chrome.open(seed.base() + "/");
        chrome.screenshot(SHOTS.resolve("01-home.png"));
        assertEquals("Incidents", chrome.evalString("document.querySelector('h1').textContent"));
        assertTrue(chrome.eval("!!document.querySelector('#incident-list a[href=\"/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack\"]')").getAsBoolean());
    }

    @Test
    @Order(2)
    void searchBamakoSuggestsAndFindsTheHotelAttack() throws Exception {
        chrome.click("#q");
        chrome.type("Bamako");
        chrome.waitFor("document.querySelectorAll('#suggestions li').length > 0 && !document.getElementById('suggestions').hidden");
        assertTrue(texts("#suggestions li a").stream().anyMatch(t -> t.startsWith("Bamako")), texts("#suggestions li a").toString());
        chrome.screenshot(SHOTS.resolve("02-suggestions.png"));
        chrome.click("#q");
        chrome.enterAndWait();
        assertEquals("/search", path());
        chrome.screenshot(SHOTS.resolve("03-search.png"));
        chrome.clickAndWait("#incident-results a[href=\"/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack\"]");
        assertEquals("/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack", path());
    }

    @Test
    @Order(3)
    void incidentPageShowsTheFiguresTableAndTheMap() throws Exception {
        List<String> counts = texts("table.figures td.count");
        for (String n : List.of("170", "140", "30", "80", "3"))
            assertTrue(counts.contains(n), n + " not among " + counts);
        List<String> kinds = texts("table.figures tr.kind-head th");
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("Hostages")), kinds.toString());
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("Killed")), kinds.toString());
        // The map is drawn over the world outline from the jar: many country paths and one point.
        chrome.waitFor("document.querySelectorAll('.map .leaflet-overlay-pane path').length > 100");
        chrome.screenshot(SHOTS.resolve("04-incident.png"));
    }

    @Test
    @Order(4)
    void evidenceOfTheClaimHighlightsTheSentence() throws Exception {
        chrome.clickAndWait("#claims a.ev");
        assertEquals("/resource/article/bamako-2015", path());
        assertEquals("An African Jihadist group affiliated with al Qaeda claimed responsibility on Friday for the attack",
                chrome.evalString("document.querySelector('mark#evidence').textContent"));
        assertEquals("An African Jihadist group affiliated with al Qaeda claimed responsibility on Friday for the attack and hostage-taking.",
                chrome.evalString("document.querySelector('#sentence').textContent"));
        assertFalse(chrome.evalString("getComputedStyle(document.querySelector('mark#evidence')).backgroundColor").equals("rgba(0, 0, 0, 0)"));
        chrome.eval("document.querySelector('mark#evidence').scrollIntoView({block: 'center'})");
        chrome.screenshotViewport(SHOTS.resolve("05-evidence.png"));
    }

    @Test
    @Order(5)
    void aRelatedAttackOpensItsPage() throws Exception {
        chrome.open(seed.page(WebSeed.HOTEL_ATTACK));
        String selector = "#related ol.related a[href=\"/resource/incident/2015-03-01-bamako-attack\"]";
        String label = chrome.evalString("document.querySelector(" + new com.google.gson.Gson().toJson(selector) + ").textContent");
        chrome.clickAndWait(selector);
        assertEquals("/resource/incident/2015-03-01-bamako-attack", path());
        assertEquals(label, chrome.evalString("document.querySelector('h1').textContent"));
        // The way back: the hotel attack is among its related incidents.
        assertTrue(chrome.eval("!!document.querySelector('#related a[href=\"/resource/incident/2015-11-20-bamako-radisson-blu-hotel-attack\"]')").getAsBoolean());
        chrome.screenshot(SHOTS.resolve("06-related.png"));
    }

    @Test
    @Order(6)
    void graphViewOpensTheNodeClicked() throws Exception {
        chrome.open(seed.page(WebSeed.HOTEL_ATTACK));
        chrome.clickAndWait("#graph-link");
        assertEquals("/graph", path());
        chrome.waitFor("document.getElementById('graph').hasAttribute('data-ready')");
        int nodes = chrome.eval("ikgGraph.nodes().length").getAsInt();
        assertTrue(nodes >= 5, nodes + " nodes");
        chrome.screenshot(SHOTS.resolve("07-graph.png"));
        // Click the restaurant attack's node with the mouse, where Cytoscape drew it.
        JsonArray at = chrome.eval("(() => { const n = ikgGraph.getElementById(" + new com.google.gson.Gson().toJson(RESTAURANT_ATTACK)
                + "); const p = n.renderedPosition(); const r = document.getElementById('graph').getBoundingClientRect();"
                + " return [r.left + p.x, r.top + p.y]; })()").getAsJsonArray();
        chrome.clickAtAndWait(at.get(0).getAsDouble(), at.get(1).getAsDouble());
        assertEquals("/resource/incident/2015-03-01-bamako-attack", path());
        chrome.screenshot(SHOTS.resolve("08-graph-node-opened.png"));
    }

    @Test
    @Order(7)
    void showSparqlOpensThePanelQueryInTheEditor() throws Exception {
        chrome.open(seed.page(WebSeed.HOTEL_ATTACK));
        chrome.clickAndWait("#figures a.sparql");
        assertEquals("/query", path());
        assertTrue(chrome.evalString("document.getElementById('query').value").contains("<" + WebSeed.HOTEL_ATTACK + ">"));
        chrome.click("#run");
        chrome.waitFor("document.getElementById('results').hasAttribute('data-rows')");
        assertTrue(texts("#results td").contains("170"), texts("#results td").toString());
        chrome.screenshot(SHOTS.resolve("09-query.png"));
    }

    @Test
    @Order(8)
    void yasguiHasATabPerQueryFileAndRunsOne() throws Exception {
        chrome.open(seed.base() + "/yasgui");
        chrome.waitFor("document.querySelectorAll('#yasgui .CodeMirror').length > 0 && document.getElementById('yasgui').hasAttribute('data-tabs')");
        // a tab's text ends with its close button, "✖"
        List<String> tabs = texts("#yasgui .tabsList .tab a").stream().map(t -> t.replace("✖", "").strip()).toList();
        assertTrue(tabs.contains("cq1-incidents-in-city.rq") && tabs.contains("cq4-figures.rq"), tabs.toString());
        assertEquals("cq1-incidents-in-city.rq", texts("#yasgui .tabsList .tab.active a").get(0).replace("✖", "").strip());
        assertTrue(chrome.evalString("document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()").contains("SELECT"));
        chrome.click("#yasgui .tabPanel.active .yasqe_queryButton");
        chrome.waitFor("document.querySelectorAll('#yasgui .tabPanel.active .yasr table td').length > 0");
        String cells = String.join(" ", texts("#yasgui .tabPanel.active .yasr table td"));
        assertTrue(cells.contains("Bamako"), cells);
        chrome.screenshot(SHOTS.resolve("10-yasgui.png"));
    }

    @Test
    @Order(9)
    void noDialogNoScriptErrorOnTheWay() {
        assertEquals(List.of(), chrome.dialogs());
        assertEquals(List.of(), chrome.errors());
    }
}
