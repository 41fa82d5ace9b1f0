package incidentkg.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTest {
    @Test
    void escapesTheFiveCharacters() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.esc("<script>alert(1)</script>"));
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.esc("\"><img src=x onerror=alert(1)>"));
        assertEquals("Tom &amp; Jerry&#39;s", Html.esc("Tom & Jerry's"));
        assertEquals("plain text", Html.esc("plain text"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void attributesAndTextAreEscaped() {
        String h = new Html().elem("p", "<b>", "title", "\"x\"").toString();
        assertEquals("<p title=\"&quot;x&quot;\">&lt;b&gt;</p>", h);
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertEquals("<option value=\"a\">A</option>", new Html().elem("option", "A", "value", "a", "selected", null).toString());
    }

    @Test
    void linksOnlyToSafeTargets() {
        assertEquals("<a href=\"/resource/x\">x</a>", new Html().link("/resource/x", "x").toString());
        assertEquals("<a href=\"https://sws.geonames.org/1/\">g</a>", new Html().link("https://sws.geonames.org/1/", "g").toString());
        assertEquals("<span class=\"nolink\">bad</span>", new Html().link("javascript:alert(1)", "bad").toString());
        assertEquals("<span class=\"nolink\">bad</span>", new Html().link("//evil.example/", "bad").toString());
        assertFalse(Html.safeHref("data:text/html,x"));
        assertTrue(Html.safeHref("#evidence"));
    }
}
