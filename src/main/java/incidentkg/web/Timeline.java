package incidentkg.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Draws incidents on a time axis as an SVG: one row each, a bar from its earliest to its latest date. */
final class Timeline {
    /** One incident on the timeline; dates are xsd:date strings, latest may be empty. */
    record Item(String iri, String label, String earliest, String latest) {}

    private static final int WIDTH = 960, LEFT = 20, RIGHT = 20, ROW = 24, TOP = 30;

    private Timeline() {}

    /** The SVG, with the item whose IRI is {@code focus} drawn highlighted; "" when no item has a date. */
    static Html svg(List<Item> items, String focus) {
        List<Item> dated = new ArrayList<>();
        for (Item i : items)
            if (parse(i.earliest()) != null && dated.stream().noneMatch(d -> d.iri().equals(i.iri())))
                dated.add(i);
        Html h = new Html();
        if (dated.isEmpty())
            return h;
        dated.sort(Comparator.comparing((Item i) -> parse(i.earliest())).thenComparing(Item::label));
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (Item i : dated) {
            min = Math.min(min, parse(i.earliest()).toEpochDay());
            max = Math.max(max, end(i).toEpochDay());
        }
        long pad = Math.max(15, (max - min) / 20);
        min -= pad;
        max += pad;
        double scale = (WIDTH - LEFT - RIGHT) / (double) (max - min);
        int height = TOP + ROW * dated.size() + 10;
        h.open("svg", "class", "timeline", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", String.valueOf(WIDTH), "height", String.valueOf(height), "role", "img", "aria-label", "Timeline of incidents");
        // Year ticks.
        int y0 = LocalDate.ofEpochDay(min).getYear(), y1 = LocalDate.ofEpochDay(max).getYear();
        int step = Math.max(1, (y1 - y0 + 1) / 12);
        for (int y = y0; y <= y1 + 1; y += step) {
            long d = LocalDate.of(y, 1, 1).toEpochDay();
            if (d < min || d > max)
                continue;
            String x = fmt(LEFT + (d - min) * scale);
            h.open("line", "class", "tick", "x1", x, "x2", x, "y1", "16", "y2", String.valueOf(height - 6)).close("line");
            h.elem("text", String.valueOf(y), "class", "year", "x", x, "y", "12");
        }
        int row = 0;
        for (Item i : dated) {
            double x = LEFT + (parse(i.earliest()).toEpochDay() - min) * scale;
            double w = Math.max(6, (end(i).toEpochDay() - parse(i.earliest()).toEpochDay() + 1) * scale);
            int y = TOP + row * ROW;
            boolean right = x + w + 8 < WIDTH * 0.6;
            String cls = i.iri().equals(focus) ? "item focus" : "item";
            h.open("a", "href", Links.href(i.iri()), "class", cls);
            h.open("title").text(i.label() + " (" + Dates.range(i.earliest(), i.latest()) + ")").close("title");
            h.open("rect", "x", fmt(x), "y", String.valueOf(y), "width", fmt(w), "height", "14", "rx", "3").close("rect");
            h.elem("text", i.label() + " · " + Dates.range(i.earliest(), i.latest()),
                    "x", fmt(right ? x + w + 6 : x - 6), "y", String.valueOf(y + 11), "text-anchor", right ? "start" : "end");
            h.close("a");
            row++;
        }
        return h.close("svg");
    }

    private static LocalDate end(Item i) {
        LocalDate l = parse(i.latest());
        LocalDate e = parse(i.earliest());
        return l != null && !l.isBefore(e) ? l : e;
    }

    static LocalDate parse(String date) {
        if (date == null || date.length() < 10)
            return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
