package incidentkg.web;

import incidentkg.rdf.OntologyFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * YASGUI, the full SPARQL editor (syntax highlighting, completion, tabs, result tables and charts), served
 * from the jar: one tab for each file of {@code queries/}, all sent to the dataset's {@code /sparql}
 * endpoint; {@code /yasgui/prefixes.json} gives the ontology's prefixes for completion (in prefix.cc's
 * format, so the editor asks no other site). {@code assets/yasgui-init.js} builds it from the hidden query texts of the page.
 */
final class YasguiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String endpoint;

    YasguiServlet(String datasetName) {
        this.endpoint = datasetName + "/sparql";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/prefixes.json".equals(req.getPathInfo())) {
            // the prefixes YASQE completes: the ontology's, in prefix.cc's format, instead of prefix.cc
            Http.json(resp, new TreeMap<>(OntologyFiles.ontology().getNsPrefixMap()));
            return;
        }
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            Http.notFound(req, resp, req.getRequestURI());
            return;
        }
        Html body = new Html().elem("h1", "SPARQL editor (YASGUI)")
                .open("p", "class", "muted").text("One tab for each competency question of queries/; queries run on "
                        + endpoint + " (read-only; the default graph is the union of all graphs). ")
                .link("/query", "Simple editor").close("p");
        for (Map.Entry<String, String> e : QueryFiles.all().entrySet())
            body.open("textarea", "hidden", "hidden", "class", "query-text", "data-file", e.getKey())
                .text(e.getValue()).close("textarea");
        body.open("div", "id", "yasgui", "data-endpoint", endpoint, "data-prefixes", "/yasgui/prefixes.json").close("div");
        Http.html(resp, 200, Page.render("YASGUI", body, EnumSet.of(Page.Bundle.YASGUI)), Http.CSP_INLINE_STYLES);
    }
}
