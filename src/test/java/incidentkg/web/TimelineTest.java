package incidentkg.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {
    private static final String R = "https://w3id.org/incidentkg/resource/incident/";

    @Test
    void oneRowPerDatedIncidentInDateOrder() {
        String svg = Timeline.svg(List.of(
                new Timeline.Item(R + "b", "Later <b>", "2015-11-20", "2015-11-20"),
                new Timeline.Item(R + "a", "Earlier", "2012-01-01", "2012-12-31"),
                new Timeline.Item(R + "c", "Undated", "", "")), R + "b").toString();
        assertEquals(2, svg.split("<rect").length - 1);
        assertTrue(svg.indexOf("Earlier") < svg.indexOf("Later"), "sorted by date");
        assertTrue(svg.contains("Later &lt;b&gt; · 2015-11-20"), "label escaped");
        assertTrue(svg.contains("Earlier · 2012-01-01 – 2012-12-31"));
        assertTrue(svg.contains("<a href=\"/resource/incident/b\" class=\"item focus\">"));
        assertFalse(svg.contains("Undated"));
        assertTrue(svg.contains(">2013</text>") && svg.contains(">2015</text>"), "year ticks");
    }

    @Test
    void nothingDatedGivesNothing() {
        assertTrue(Timeline.svg(List.of(new Timeline.Item(R + "c", "Undated", "", "")), null).isEmpty());
    }
}
