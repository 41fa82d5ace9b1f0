package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph view of incidents, groups, people and places: {@code /graph} is the page (drawn by
 * {@code assets/graph.js} with Cytoscape: pan, zoom, click a node to open it), {@code /graph.json} the
 * nodes and links, computed by {@code graph-edges.rq} and {@code graph-nodes.rq}. With
 * {@code ?focus=IRI} only what lies within two links of that resource is drawn.
 */
final class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int FOCUS_DEPTH = 2;
    private final transient Kg kg;
    private final boolean data;

    GraphServlet(Kg kg, boolean data) {
        this.kg = kg;
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String focus = Http.param(req, "focus");
        if (!Links.isResource(focus))
            focus = "";
        if (data) {
            Http.json(resp, elements(focus));
            return;
        }
        Html body = new Html();
        body.elem("h1", "Graph of incidents, groups, people and places");
        Html c = new Html();
        c.open("p", "class", "legend")
         .raw("<span class=\"k incident\">incident</span> <span class=\"k organization\">organization</span> ")
         .raw("<span class=\"k group\">group of people</span> <span class=\"k person\">person</span> <span class=\"k place\">place</span> ")
         .text("· drag to pan, scroll to zoom, click a node to open its page");
        if (!focus.isEmpty())
            c.text(" · ").link("/graph", "show everything");
        c.close("p");
        c.open("div", "id", "graph", "class", "graph", "data-src", "/graph.json" + (focus.isEmpty() ? "" : "?focus=" + Links.enc(focus)),
                "data-focus", focus.isEmpty() ? null : Links.href(focus)).close("div");
        body.append(Page.panel("graph-panel", focus.isEmpty() ? "Everything" : "Around one resource", "graph-edges", null, c));
        Http.html(resp, 200, Page.render("Graph", body, EnumSet.of(Page.Bundle.GRAPH)));
    }

    /**
     * Cytoscape elements: {nodes: [{data: {id, label, kind, href, depth}}], edges: [{data: {id, source, target, rel}}]};
     * depth (links from the focus) only with a focus.
     */
    Map<String, Object> elements(String focus) {
        Map<String, String[]> info = new HashMap<>();
        for (Row r : kg.select("graph-nodes", null))
            info.put(r.str("n"), new String[] {r.has("label") ? r.str("label") : Links.localName(r.str("n")), r.str("kind")});
        Map<String, String[]> edges = new LinkedHashMap<>();
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Row r : kg.select("graph-edges", null)) {
            String s = r.iri("s"), o = r.iri("o"), rel = Links.localName(r.str("rel"));
            if (s == null || o == null || s.equals(o) || !info.containsKey(s) || !info.containsKey(o))
                continue;
            String key = rel.equals("relatedTo") && s.compareTo(o) > 0 ? o + " " + rel + " " + s : s + " " + rel + " " + o;
            if (rel.equals("relatedTo") && s.compareTo(o) > 0) {
                String t = s;
                s = o;
                o = t;
            }
            edges.putIfAbsent(key, new String[] {s, o, rel});
            adjacent.computeIfAbsent(s, k -> new HashSet<>()).add(o);
            adjacent.computeIfAbsent(o, k -> new HashSet<>()).add(s);
        }
        Set<String> keep = null;
        Map<String, Integer> depth = new HashMap<>();
        if (!focus.isEmpty()) {
            keep = new LinkedHashSet<>();
            keep.add(focus);
            depth.put(focus, 0);
            ArrayDeque<String> frontier = new ArrayDeque<>(List.of(focus));
            for (int d = 0; d < FOCUS_DEPTH; d++) {
                ArrayDeque<String> next = new ArrayDeque<>();
                for (String n : frontier)
                    for (String m : adjacent.getOrDefault(n, Set.of()))
                        if (keep.add(m)) {
                            next.add(m);
                            depth.put(m, d + 1);
                        }
                frontier = next;
            }
        }
        List<Object> nodes = new ArrayList<>(), links = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        for (String[] e : edges.values()) {
            if (keep != null && !(keep.contains(e[0]) && keep.contains(e[1])))
                continue;
            used.add(e[0]);
            used.add(e[1]);
            links.add(Map.of("data", Map.of("id", "e" + (i++), "source", e[0], "target", e[1], "rel", e[2])));
        }
        if (keep != null && info.containsKey(focus))
            used.add(focus);
        for (String n : used) {
            String[] x = info.get(n);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", n);
            d.put("label", x[0]);
            d.put("kind", x[1]);
            d.put("href", Links.href(n));
            if (n.equals(focus))
                d.put("focus", true);
            if (depth.containsKey(n))
                d.put("depth", depth.get(n));
            nodes.add(Map.of("data", d));
        }
        return Map.of("nodes", nodes, "edges", links);
    }
}
