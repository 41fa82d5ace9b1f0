package incidentkg.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.util.List;

/**
 * Serves the VoID/DCAT description of the served dataset (e.g. at {@code /void} and {@code /.well-known/void}),
 * counted afresh on each request. Turtle unless the Accept header asks for JSON-LD, N-Triples or RDF/XML; the
 * SPARQL endpoint it names is this server's {@code <dataset name>/sparql}.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Dataset dataset;
    private final String datasetName;
    private final String license;

    /**
     * @param datasetName the served dataset's path, e.g. {@code /kg}
     * @param license     the licence IRI, or null for none
     */
    public VoidServlet(DatasetGraph dsg, String datasetName, String license) {
        this.dataset = DatasetFactory.wrap(dsg);
        this.datasetName = datasetName;
        this.license = license;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
        Model m = VoidDescription.describe(dataset, new VoidDescription.Options(base + datasetName + "/sparql", license,
                List.of()));
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        Lang lang = accept.contains("application/ld+json") ? Lang.JSONLD
                : accept.contains("application/n-triples") ? Lang.NTRIPLES
                : accept.contains("application/rdf+xml") ? Lang.RDFXML : Lang.TURTLE;
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        RDFFormat format = lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.JSONLD ? RDFFormat.JSONLD
                : lang == Lang.RDFXML ? RDFFormat.RDFXML_PRETTY : RDFFormat.NTRIPLES;
        RDFDataMgr.write(resp.getOutputStream(), m, format);
    }
}
