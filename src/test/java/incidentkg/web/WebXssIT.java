package incidentkg.web;

import com.google.gson.Gson;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose text, title and metadata carry script injections is loaded and browsed in headless
 * Chromium: every page shows the injections as text, no injected element exists, and no dialog opens
 * (while a dialog that the test itself opens is seen, so the check can fail).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebXssIT {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final Path SHOTS = WebBrowserIT.SHOTS;
    private static final Gson GSON = new Gson();

    private WebSeed seed;
    private Chrome chrome;
    private final List<String> incidentPages = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("kabul-xss.txt"), "Gunmen " + SCRIPT + " storm hotel in Kabul\n\n"
                + "KABUL (Reuters) - Gunmen attacked the Intercontinental hotel in Kabul on Saturday, killing 18 people, "
                + "officials said. " + IMG + " The Taliban claimed responsibility for the attack. " + SCRIPT + "\n");
        Files.writeString(articles.resolve("kabul-xss.json"), "{\"title\": \"Kabul hotel " + SCRIPT.replace("\"", "\\\"")
                + " attack " + IMG.replace("\"", "\\\"") + "\", \"date\": \"2018-01-20\", \"publisher\": \""
                + IMG.replace("\"", "\\\"") + "\", \"url\": \"javascript:alert(1)\"}");
        seed = WebSeed.start(dir, articles.resolve("kabul-xss.txt"));
        chrome = Chrome.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (chrome != null)
            chrome.close();
        if (seed != null)
            seed.close();
    }

    /** The page shows the injection as text and holds no element or link it could have made. */
    private void assertInert(String where) {
        String text = chrome.evalString("document.body.textContent");
        assertTrue(text.contains(SCRIPT), where + " does not show " + SCRIPT + " as text");
        assertNoInjectedElement(where);
    }

    private void assertNoInjectedElement(String where) {
        assertEquals(0, chrome.eval("document.querySelectorAll('img[src=\"x\"], img[onerror]').length").getAsInt(), where);
        assertEquals(0, chrome.eval("Array.from(document.scripts).filter(s => s.textContent.includes('alert')).length").getAsInt(), where);
        assertEquals(0, chrome.eval("document.querySelectorAll('a[href^=\"javascript:\"], [onerror], [onload]').length").getAsInt(), where);
    }

    @Test
    @Order(1)
    void articlePageShowsTheInjectionsAsText() throws Exception {
        chrome.open(seed.page(WebSeed.RES + "article/kabul-xss"));
        assertInert("article page");
        assertTrue(chrome.evalString("document.getElementById('article-text').textContent").contains(IMG));
        assertEquals("Kabul hotel " + SCRIPT + " attack " + IMG, chrome.evalString("document.querySelector('h1').textContent"));
        chrome.screenshot(SHOTS.resolve("xss-1-article.png"));
        JsonArray links = chrome.eval("Array.from(document.querySelectorAll('#about ul a')).map(a => a.href)").getAsJsonArray();
        for (JsonElement l : links)
            incidentPages.add(l.getAsString());
    }

    @Test
    @Order(2)
    void incidentPagesShowTheTitleAsText() throws Exception {
        assertFalse(incidentPages.isEmpty(), "the article reports no incident");
        for (String page : incidentPages) {
            chrome.open(page);
            assertInert(page);
        }
        chrome.open(incidentPages.get(0));
        chrome.screenshot(SHOTS.resolve("xss-2-incident.png"));
    }

    @Test
    @Order(3)
    void searchShowsTheQueryAndTheSuggestionsAsText() throws Exception {
        chrome.open(seed.base() + "/search?q=" + Links.enc(SCRIPT));
        assertEquals("Search: " + SCRIPT, chrome.evalString("document.querySelector('h1').textContent"));
        chrome.click("#q");
        chrome.type("kabul hotel");
        chrome.waitFor("document.querySelectorAll('#suggestions li').length > 0");
        assertInert("search suggestions");
        chrome.screenshot(SHOTS.resolve("xss-3-suggestions.png"));
    }

    @Test
    @Order(4)
    void listsGraphAndEditorStayInert() throws Exception {
        // The list and the timeline show incident labels (not the title); nothing may be injected there either.
        for (String path : List.of("/", "/timeline")) {
            chrome.open(seed.base() + path);
            assertNoInjectedElement(path);
        }
        chrome.open(seed.base() + "/query?query=" + Links.enc(SCRIPT + IMG));
        assertInert("query editor");
        assertEquals(SCRIPT + IMG, chrome.evalString("document.getElementById('query').value"));
        chrome.open(seed.base() + "/graph");
        chrome.waitFor("document.getElementById('graph').hasAttribute('data-ready')");
        assertEquals(0, chrome.eval("document.querySelectorAll('img[src=\"x\"]').length").getAsInt());
    }

    @Test
    @Order(5)
    void noDialogOpenedButOneThatTheTestOpensIsSeen() {
        assertEquals(List.of(), chrome.dialogs(), "a dialog opened while browsing");
        chrome.eval("alert('probe')");
        assertEquals(List.of("alert: probe"), chrome.dialogs());
        assertEquals(List.of(), chrome.errors());
    }

    @Test
    @Order(6)
    void injectionsNeverReachTheHtmlUnescaped() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/resource/article/kabul-xss", "/search?q=" + Links.enc(SCRIPT), "/suggest?q=kabul")) {
            var resp = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(seed.base() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), path);
            assertFalse(resp.body().contains(SCRIPT), path + " has the script tag raw");
            assertFalse(resp.body().contains("<img src=x"), path + " has the img tag raw");
        }
    }

    static String json(String s) {
        return GSON.toJson(s);
    }
}
