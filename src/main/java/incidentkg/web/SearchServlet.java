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

/**
 * Search over labels, alternative labels and titles ({@code search.rq}, {@code search-incidents.rq}: a
 * SPARQL CONTAINS on the lower-cased names): {@code /search?q=} is the results page, {@code /suggest?q=}
 * the JSON suggestions for the search box.
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
        if (suggest) {
            List<Map<String, String>> out = new ArrayList<>();
            if (q.length() >= 2)
                for (Row r : kg.search("search", q)) {
                    if (out.size() == SUGGESTIONS)
                        break;
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("label", r.has("label") ? r.str("label") : Links.localName(r.str("s")));
                    m.put("kind", r.has("classLabel") ? r.str("classLabel") : Links.localName(r.str("top")));
                    m.put("matched", r.str("matched"));
                    m.put("href", Links.href(r.str("s")));
                    out.add(m);
                }
            Http.json(resp, out);
            return;
        }
        Html body = new Html();
        body.open("h1").text(q.isEmpty() ? "Search" : "Search: " + raw).close("h1");
        if (q.isEmpty()) {
            body.elem("p", "Type a name in the search box: an incident, a group, a person, a place or an article.");
            Http.html(resp, 200, Page.render("Search", body, EnumSet.noneOf(Page.Bundle.class)));
            return;
        }
        List<Row> incidents = kg.search("search-incidents", q);
        Html c = new Html();
        if (incidents.isEmpty())
            c.elem("p", "No incident matches.", "class", "muted");
        c.open("ul", "class", "results", "id", "incident-results");
        for (Row r : incidents) {
            c.open("li").append(Page.resource(r.iri("incident"), r.str("label")));
            if (r.has("earliest"))
                c.raw(" ").elem("span", r.str("earliest"), "class", "muted");
            if (r.has("through"))
                c.raw(" ").elem("span", "(" + "through " + Links.localName(r.str("through")) + ")", "class", "muted");
            c.close("li");
        }
        c.close("ul");
        body.append(Page.panel("incident-matches", "Incidents (" + incidents.size() + ")", "/query?panel=search-incidents&q=" + Links.enc(q), null, c));
        List<Row> things = kg.search("search", q);
        Html t = new Html();
        if (things.isEmpty())
            t.elem("p", "Nothing else matches.", "class", "muted");
        t.open("ul", "class", "results", "id", "entity-results");
        for (Row r : things) {
            t.open("li").append(Page.resource(r.iri("s"), r.str("label")));
            if (r.has("classLabel"))
                t.raw(" ").elem("span", r.str("classLabel"), "class", "muted");
            if (!r.str("matched").equals(r.str("label")))
                t.raw(" ").elem("span", "also called “" + r.str("matched") + "”", "class", "muted");
            t.close("li");
        }
        t.close("ul");
        body.append(Page.panel("entity-matches", "Everything named so (" + things.size() + ")", "/query?panel=search&q=" + Links.enc(q), null, t));
        Http.html(resp, 200, Page.render("Search", body, EnumSet.noneOf(Page.Bundle.class)));
    }
}
