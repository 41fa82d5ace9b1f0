package incidentkg.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import incidentkg.store.Recount;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Serves the VoID/DCAT description of the served dataset (e.g. at {@code /void} and {@code /.well-known/void}).
 * Its counts read the whole store, which takes minutes on a large one, so they are counted on a background thread
 * when first asked for and again after each change ({@link Recount}); a request waits up to 10 s for a count in
 * progress, then gets the previous description, or 503 with Retry-After before the first is done. Turtle unless the Accept header asks for JSON-LD, N-Triples or RDF/XML; the
 * SPARQL endpoint it names is this server's {@code <dataset name>/sparql}.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Stands for the request's SPARQL endpoint in the description counted in the background. */
    private static final String ENDPOINT = "urn:x-incidentkg:sparql-endpoint";
    /** How long a request waits for a count in progress before it gets the previous one, or 503. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final transient Recount<Model> described;
    private final String datasetName;

    /**
     * @param datasetName the served dataset's path, e.g. {@code /kg}
     * @param license     the licence IRI, or null for none
     */
    public VoidServlet(DatasetGraph dsg, String datasetName, String license) {
        Dataset dataset = DatasetFactory.wrap(dsg);
        this.datasetName = datasetName;
        this.described = new Recount<>(dsg, "VoID", () -> VoidDescription.describe(dataset,
                new VoidDescription.Options(ENDPOINT, license, List.of())));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
        Optional<Model> counted;
        try {
            counted = described.get(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (counted.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.setHeader("Retry-After", "30");
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("The dataset description is being counted; try again in a minute.");
            return;
        }
        Model m = ModelFactory.createDefaultModel().add(counted.get());
        m.setNsPrefixes(counted.get().getNsPrefixMap());
        ResourceUtils.renameResource(m.createResource(ENDPOINT), base + datasetName + "/sparql");
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
