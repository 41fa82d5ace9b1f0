package incidentkg.web;

import java.util.Set;

/** The page shell: head with the jar's own assets, the navigation bar with the search box, and the footer. */
final class Page {
    /** Optional script bundles a page may ask for. */
    enum Bundle { MAP, GRAPH, QUERY, YASGUI }

    private Page() {}

    static String render(String title, Html body, Set<Bundle> bundles) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
         .elem("title", title + " · IncidentKG")
         ;
        if (bundles.contains(Bundle.MAP))
            h.raw("<link rel=\"stylesheet\" href=\"/assets/vendor/leaflet/leaflet.css\">");
        // On the graph page the stylesheet carries the id by which Cytoscape knows that its container rule
        // (.graph is position: relative) is present, so it injects no inline style (refused by the CSP).
        h.raw(bundles.contains(Bundle.GRAPH)
                ? "<link rel=\"stylesheet\" href=\"/assets/ikg.css\" id=\"__________cytoscape_stylesheet\">"
                : "<link rel=\"stylesheet\" href=\"/assets/ikg.css\">");
        if (bundles.contains(Bundle.MAP))
            h.raw("<script src=\"/assets/vendor/leaflet/leaflet.js\" defer></script>")
             .raw("<script src=\"/assets/map.js\" defer></script>");
        if (bundles.contains(Bundle.GRAPH))
            h.raw("<script src=\"/assets/vendor/cytoscape/cytoscape.min.js\" defer></script>")
             .raw("<script src=\"/assets/graph.js\" defer></script>");
        if (bundles.contains(Bundle.QUERY))
            h.raw("<script src=\"/assets/query.js\" defer></script>");
        if (bundles.contains(Bundle.YASGUI))
            h.raw("<link rel=\"stylesheet\" href=\"/assets/vendor/yasgui/yasgui.min.css\">")
             .raw("<script src=\"/assets/vendor/yasgui/yasgui.min.js\" defer></script>")
             .raw("<script src=\"/assets/yasgui-init.js\" defer></script>");
        h.raw("<script src=\"/assets/ikg.js\" defer></script></head><body>");
        h.raw("<header class=\"top\"><a class=\"brand\" href=\"/\">IncidentKG</a><nav>")
         .raw("<a href=\"/\">Incidents</a><a href=\"/timeline\">Timeline</a><a href=\"/graph\">Graph</a>")
         .raw("<a href=\"/query\">Query</a></nav>")
         .raw("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
         .raw("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search incidents, groups, people, places\" autocomplete=\"off\" aria-label=\"Search\">")
         .raw("<button type=\"submit\" id=\"search-button\">Search</button><ul id=\"suggestions\" class=\"suggestions\" hidden></ul></form>")
         .raw("</header><main>");
        h.append(body);
        h.raw("</main><footer>IncidentKG · facts extracted from news articles, each with the text it came from · ")
         .raw("<a href=\"/kg/sparql\">SPARQL endpoint</a> /kg/sparql</footer></body></html>");
        return h.toString();
    }

    /**
     * A section with a heading and a "show SPARQL" link to the query that filled it: {@code panelQuery}
     * names the query (bound to {@code iri}), or is the editor's link itself when it starts with "/".
     */
    static Html panel(String id, String title, String panelQuery, String iri, Html content) {
        Html h = new Html();
        h.open("section", "class", "panel", "id", id).open("h2").text(title);
        if (panelQuery != null)
            h.raw(" ").link(panelQuery.startsWith("/") ? panelQuery : Links.sparql(panelQuery, iri), "show SPARQL", "class", "sparql");
        h.close("h2").append(content).close("section");
        return h;
    }

    /** A link to a resource's page with its label (or its IRI's last segment). */
    static Html resource(String iri, String label) {
        return new Html().link(Links.href(iri), label == null || label.isBlank() ? Links.localName(iri) : label);
    }

    /** Small links to the outside knowledge bases of owl:sameAs targets (space-separated IRIs). */
    static Html sameAs(String iris) {
        Html h = new Html();
        if (iris == null || iris.isBlank())
            return h;
        for (String iri : iris.trim().split("\\s+"))
            h.raw(" ").link(iri, Links.sameAsName(iri), "class", "sameas", "rel", "noopener");
        return h;
    }
}
