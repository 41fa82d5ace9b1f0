package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Search over the names of the graph (labels, alternative labels, titles) through the store's text index
 * ({@code search.rq}, {@code search-incidents.rq}: {@code text:query}, every word whole or as a prefix, case
 * and accents folded): {@code /search?q=} is the results page (incidents, then everything named so),
 * {@code /suggest?q=} the JSON suggestions for the search box (an exact name first, then incidents, then the
 * rest, by score).
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_QUERY = 100, SUGGESTIONS = 10;
    private final transient Kg kg;
    private final boolean suggest;

    SearchServlet(Kg kg, boolean suggest) {
        this.kg = kg;
        this.suggest = suggest;
    }

    static String normalize(String q) {
        String s = q.strip().toLowerCase(Locale.ROOT);
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = Http.param(req, "q");
        String q = normalize(raw);
        if (suggest)
            Http.json(resp, suggestions(q));
        else
            Http.html(resp, 200, Page.render("Search", results(raw, q), EnumSet.noneOf(Page.Bundle.class)));
    }

    /** Up to {@link #SUGGESTIONS} resources named so: label, kind, the name that matched, local link. */
    List<Map<String, String>> suggestions(String q) {
        List<Map<String, String>> out = new ArrayList<>();
        if (q.length() < 2)
            return out;
        for (Row r : kg.search("search", q)) {
            if (out.size() == SUGGESTIONS)
                break;
            Map<String, String> m = new LinkedHashMap<>();
            m.put("label", label(r));
            m.put("kind", r.has("classLabel") ? r.str("classLabel") : Links.localName(r.str("top")));
            m.put("matched", r.str("matched"));
            m.put("href", Links.href(r.str("s")));
            out.add(m);
        }
        return out;
    }

    private Html results(String raw, String q) {
        Html body = new Html();
        body.open("h1").text(q.isEmpty() ? "Search" : "Search: " + raw).close("h1");
        if (q.isEmpty()) {
            body.elem("p", "Type a name in the search box: an incident, a group, a person, a place or an article.");
            return body;
        }
        body.append(panel("incident-matches", "incident-results", "Incidents", "search-incidents", q, "No incident matches.",
                (c, r) -> {
                    c.append(Page.resource(r.iri("incident"), r.str("label")));
                    if (r.has("earliest"))
                        c.raw(" ").elem("span", r.str("earliest"), "class", "muted");
                    if (r.has("through"))
                        c.raw(" ").elem("span", "(through " + Links.localName(r.str("through")) + ")", "class", "muted");
                }));
        body.append(panel("entity-matches", "entity-results", "Everything named so", "search", q, "Nothing else matches.",
                (c, r) -> {
                    c.append(Page.resource(r.iri("s"), label(r)));
                    if (r.has("classLabel"))
                        c.raw(" ").elem("span", r.str("classLabel"), "class", "muted");
                    if (!r.str("matched").equals(label(r)))
                        c.raw(" ").elem("span", "also called “" + r.str("matched") + "”", "class", "muted");
                }));
        return body;
    }

    /** A panel listing the rows of a search query, each drawn by {@code item} inside its {@code li}. */
    private Html panel(String id, String listId, String title, String query, String q, String none,
                       BiConsumer<Html, Row> item) {
        List<Row> rows = kg.search(query, q);
        Html c = new Html();
        if (rows.isEmpty())
            c.elem("p", none, "class", "muted");
        c.open("ul", "class", "results", "id", listId);
        for (Row r : rows) {
            c.open("li");
            item.accept(c, r);
            c.close("li");
        }
        c.close("ul");
        return Page.panel(id, title + " (" + rows.size() + ")", "/query?panel=" + query + "&q=" + Links.enc(q), null, c);
    }

    private static String label(Row r) {
        return r.has("label") ? r.str("label") : Links.localName(r.str("s"));
    }
}
