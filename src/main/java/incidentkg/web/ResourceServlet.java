package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Serves {@code https://w3id.org/incidentkg/resource/X} at {@code /resource/X}: an HTML page for
 * browsers, or the resource's description ({@code describe.rq}) as Turtle, JSON-LD, N-Triples or RDF/XML
 * by the Accept header or {@code ?format=ttl|jsonld|nt|rdf}. Unknown resources answer 404.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> PREFIXES = Map.of(
            "ikg", "https://w3id.org/incidentkg/ontology#", "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "skos", "http://www.w3.org/2004/02/skos/core#",
            "owl", "http://www.w3.org/2002/07/owl#", "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "dcterms", "http://purl.org/dc/terms/", "xsd", "http://www.w3.org/2001/XMLSchema#",
            "geo", "http://www.w3.org/2003/01/geo/wgs84_pos#", "res", "https://w3id.org/incidentkg/resource/");

    private final transient Kg kg;

    ResourceServlet(Kg kg) {
        this.kg = kg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + Links.RESOURCE_PATH;
        String iri = uri.startsWith(prefix) ? Links.iriOfPath(uri.substring(prefix.length())) : null;
        if (iri == null) {
            Http.notFound(req, resp, uri);
            return;
        }
        String fp = Http.param(req, "format");
        ResourceFormat format = fp.isEmpty() ? ResourceFormat.ofAccept(req.getHeader("Accept")) : ResourceFormat.ofParam(fp);
        resp.setHeader("Vary", "Accept");
        if (format == null) {
            Http.text(resp, 400, "unknown format '" + fp + "': use html, ttl, jsonld, nt or rdf\n");
            return;
        }
        if (!kg.ask("exists", iri)) {
            Http.notFound(req, resp, iri);
            return;
        }
        if (format != ResourceFormat.HTML) {
            Model m = kg.construct("describe", iri);
            m.setNsPrefixes(PREFIXES);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, m, format.rdf);
            Http.headers(resp);
            resp.setStatus(200);
            resp.setContentType(format.mediaType + "; charset=utf-8");
            resp.setContentLength(out.size());
            out.writeTo(resp.getOutputStream());
            return;
        }
        List<String> kinds = kg.select("kind", iri).stream().map(r -> r.str("kind")).toList();
        String html;
        if (kinds.contains("mention")) {
            redirectToArticle(iri, resp);
            return;
        } else if (kinds.contains("incident")) {
            html = new IncidentPage(kg, iri).render();
        } else if (kinds.contains("article")) {
            html = new ArticlePage(kg, iri, Http.param(req, "mark")).render();
        } else if (kinds.contains("place")) {
            html = new EntityPage(kg, iri, "place").render();
        } else if (kinds.contains("person")) {
            html = new EntityPage(kg, iri, "person").render();
        } else if (kinds.contains("organization")) {
            html = new EntityPage(kg, iri, "organization").render();
        } else if (kinds.contains("group")) {
            html = new EntityPage(kg, iri, "group").render();
        } else {
            html = GenericPage.render(kg, iri);
        }
        Http.html(resp, 200, html);
    }

    /** A mention's page is its article with the mention highlighted. */
    private void redirectToArticle(String iri, HttpServletResponse resp) throws IOException {
        String article = null;
        long begin = -1, end = -1;
        for (Row r : kg.select("triples-out", iri)) {
            String p = Links.localName(r.str("p"));
            switch (p) {
                case "inArticle" -> article = r.str("o");
                case "beginIndex" -> begin = r.integer("o", -1);
                case "endIndex" -> end = r.integer("o", -1);
                default -> { }
            }
        }
        if (article == null || begin < 0) {
            Http.html(resp, 200, GenericPage.render(kg, iri));
            return;
        }
        Http.headers(resp);
        resp.setStatus(303);
        resp.setHeader("Location", Links.evidence(article, begin, end));
    }
}
