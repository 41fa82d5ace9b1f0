package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;

/**
 * The SPARQL query editor: a text area pre-filled with a file of {@code queries/} (or with a page panel's
 * query, {@code ?panel=NAME&this=IRI}, or {@code ?query=TEXT}); {@code assets/query.js} posts it to the
 * dataset's {@code /sparql} endpoint and shows the results as a table.
 */
final class QueryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String endpoint;

    QueryServlet(String datasetName) {
        this.endpoint = datasetName + "/sparql";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> files = QueryFiles.all();
        String panel = Http.param(req, "panel"), file = Http.param(req, "file"), raw = req.getParameter("query");
        String text, chosen = "";
        String heading;
        if (!panel.isEmpty() && Kg.exists(panel)) {
            String iri = Http.param(req, "this");
            String q = Http.param(req, "q");
            text = Kg.text(panel, Links.isResource(iri) ? iri : null, q.isEmpty() ? null : SearchServlet.normalize(q));
            heading = "The query of the page panel “" + panel + "”";
        } else if (raw != null && !raw.isBlank()) {
            text = raw;
            heading = "Your query";
        } else {
            chosen = files.containsKey(file) ? file : files.keySet().stream().findFirst().orElse("");
            text = files.getOrDefault(chosen, "SELECT * WHERE { ?s ?p ?o } LIMIT 10");
            heading = "Competency questions";
        }
        Html c = new Html();
        c.open("form", "id", "query-form", "class", "query-form", "data-endpoint", endpoint);
        c.open("label").text("Query file ").open("select", "id", "query-file");
        if (chosen.isEmpty())
            c.elem("option", "(this page's query)", "value", "");
        for (String name : files.keySet())
            c.open("option", "value", name, "selected", name.equals(chosen) ? "selected" : null).text(name).close("option");
        c.close("select").close("label");
        c.open("textarea", "id", "query", "name", "query", "rows", "22", "spellcheck", "false").text(text).close("textarea");
        c.raw("<p><button type=\"submit\" id=\"run\">Run query</button> <span id=\"status\" class=\"muted\"></span></p>");
        c.close("form");
        for (var e : files.entrySet())
            c.open("textarea", "hidden", "hidden", "class", "query-text", "data-file", e.getKey()).text(e.getValue()).close("textarea");
        c.open("div", "id", "results", "class", "results").close("div");
        Html body = new Html().elem("h1", "SPARQL query editor")
                .open("p", "class", "muted").text("Runs on " + endpoint + " (read-only; the default graph is the union of all graphs). ")
                .link("/yasgui", "Full editor (YASGUI)", "id", "yasgui-link").close("p");
        body.append(Page.panel("editor", heading, null, null, c));
        Http.html(resp, 200, Page.render("Query", body, EnumSet.of(Page.Bundle.QUERY)));
    }
}
