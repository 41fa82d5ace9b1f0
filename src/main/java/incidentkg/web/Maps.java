package incidentkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small map: the points go into the element's {@code data-points} attribute as JSON, and
 * {@code assets/map.js} draws them with Leaflet over an offline world outline (no tiles are fetched).
 * The coordinates are also written as text.
 */
final class Maps {
    private Maps() {}

    static Html map(List<MapPoint> points, String caption) {
        Html h = new Html();
        if (points.isEmpty())
            return h;
        List<Map<String, Object>> json = new ArrayList<>();
        for (MapPoint p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lat", p.lat());
            m.put("lon", p.lon());
            m.put("label", p.label());
            m.put("href", p.href());
            json.add(m);
        }
        h.open("figure", "class", "map-box");
        h.open("div", "class", "map", "data-points", Http.toJson(json)).close("div");
        h.open("figcaption").text(caption + ": ");
        boolean first = true;
        for (MapPoint p : points) {
            if (!first)
                h.raw("; ");
            first = false;
            h.link(p.href(), p.label()).text(String.format(java.util.Locale.ROOT, " (%.3f, %.3f)", p.lat(), p.lon()));
        }
        h.close("figcaption").close("figure");
        return h;
    }
}
