package incidentkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence of a resource ({@code evidence.rq}): its own mentions and those of the reified statements
 * about it, as links that open the article with the span highlighted.
 */
final class Evidence {
    record Span(String article, long begin, long end, String anchor) {
        String href() {
            return Links.evidence(article, begin, end);
        }
    }

    private final Map<String, List<Span>> byFact = new LinkedHashMap<>();

    Evidence(List<Row> rows) {
        for (Row r : rows) {
            String key = key(r.str("dir"), r.str("p"), r.str("other"));
            Span s = new Span(r.str("article"), r.integer("begin", 0), r.integer("end", 0), r.str("anchor"));
            List<Span> list = byFact.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(s))
                list.add(s);
        }
    }

    private static String key(String dir, String p, String other) {
        return dir + " " + p + " " + other;
    }

    /** The resource's own mentions. */
    List<Span> self() {
        return byFact.getOrDefault(key("self", "", ""), List.of());
    }

    /** The evidence of "this p other" (or "other p this" when inverse). */
    List<Span> of(String property, String other, boolean inverse) {
        return byFact.getOrDefault(key(inverse ? "in" : "out", property, other), List.of());
    }

    /** Every statement-level fact with its evidence, for the generic page. */
    Map<String, List<Span>> all() {
        return byFact;
    }

    /** Links to the spans: "evidence", then "2", "3"…, each titled with the span's text. */
    static Html links(List<Span> spans) {
        Html h = new Html();
        int i = 0;
        for (Span s : spans) {
            h.raw(" ").link(s.href(), i == 0 ? "evidence" : String.valueOf(i + 1), "class", "ev",
                    "title", s.anchor().isEmpty() ? null : "“" + s.anchor() + "”");
            i++;
        }
        return h;
    }

    /** A single evidence link to a span given by a query row's ?article ?begin ?end, or nothing. */
    static Html link(Row r) {
        if (!r.has("article") || !r.has("begin"))
            return new Html();
        return links(List.of(new Span(r.str("article"), r.integer("begin", 0), r.integer("end", 0), "")));
    }
}
