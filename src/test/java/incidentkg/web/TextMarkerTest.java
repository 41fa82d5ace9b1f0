package incidentkg.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextMarkerTest {
    private static TextMarker.Span span(int b, int e, String href) {
        return new TextMarker.Span(b, e, href, "t");
    }

    @Test
    void linksMentionsAndEscapesText() {
        String html = TextMarker.render("Gunmen <b> Bamako.", List.of(span(11, 17, "/p")),
                TextMarker.Range.NONE, TextMarker.Range.NONE).toString();
        assertEquals("Gunmen &lt;b&gt; <a href=\"/p\" class=\"m\" title=\"t\">Bamako</a>.", html);
    }

    @Test
    void offsetsCountCodePoints() {
        // "😀" is one code point (two UTF-16 units): "Bamako" starts at code point 2.
        String html = TextMarker.render("😀 Bamako", List.of(span(2, 8, "/p")), TextMarker.Range.NONE, TextMarker.Range.NONE).toString();
        assertEquals("😀 <a href=\"/p\" class=\"m\" title=\"t\">Bamako</a>", html);
    }

    @Test
    void theShortestCoveringMentionWins() {
        String html = TextMarker.render("up to 80 hostages", List.of(span(0, 17, "/tally"), span(6, 8, "/n")),
                TextMarker.Range.NONE, TextMarker.Range.NONE).toString();
        assertEquals("<a href=\"/tally\" class=\"m\" title=\"t\">up to </a><a href=\"/n\" class=\"m\" title=\"t\">80</a>"
                + "<a href=\"/tally\" class=\"m\" title=\"t\"> hostages</a>", html);
    }

    @Test
    void markNestsInsideItsSentence() {
        String html = TextMarker.render("A. Group claimed it. B.", List.of(span(3, 8, "/g")),
                new TextMarker.Range(3, 16), new TextMarker.Range(3, 20)).toString();
        assertEquals("A. <span class=\"sentence\" id=\"sentence\"><mark id=\"evidence\"><a href=\"/g\" class=\"m\" title=\"t\">Group</a>"
                + " claimed</mark> it.</span> B.", html);
    }

    @Test
    void outOfRangeMarksAndSpansAreIgnored() {
        String html = TextMarker.render("short", List.of(span(2, 99, "/x")), new TextMarker.Range(1, 50), TextMarker.Range.NONE).toString();
        assertEquals("short", html);
    }

    @Test
    void aSentenceThatDoesNotHoldTheMarkIsNotDrawn() {
        String html = TextMarker.render("abcdef", List.of(), new TextMarker.Range(1, 3), new TextMarker.Range(2, 6)).toString();
        assertEquals("a<mark id=\"evidence\">bc</mark>def", html);
    }
}
