package incidentkg.web;

import incidentkg.server.IkgServer;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.List;

/**
 * Mounts the web pages on an {@link IkgServer} beside the SPARQL endpoints:
 * <ul>
 * <li>{@code /} incidents with filters; {@code /search?q=} and {@code /suggest?q=} (JSON);</li>
 * <li>{@code /resource/…}: every resource IRI {@code https://w3id.org/incidentkg/resource/…}, as HTML or
 *     as Turtle, JSON-LD, N-Triples or RDF/XML (Accept header or {@code ?format=ttl|jsonld|nt|rdf});</li>
 * <li>{@code /graph} (and {@code /graph.json}), {@code /timeline}, {@code /query} (a simple SPARQL editor) and {@code /yasgui}
 *     (YASGUI, with a tab for each file of {@code queries/});</li>
 * <li>{@code /assets/…}: scripts, styles and the map outline, all from the jar.</li>
 * </ul>
 * <pre>
 *   IkgServer.Builder b = IkgServer.builder().dataset(dsg);
 *   Web.mount(b, dsg);
 *   b.build().start();
 * </pre>
 */
public final class Web {
    /** The paths the pages take (none starts with the dataset name). */
    public static final List<String> PATHS = List.of("", "/search", "/suggest", "/resource/*", "/graph", "/graph.json",
            "/timeline", "/query", "/yasgui", "/yasgui/*", "/assets/*");

    private Web() {}

    /** Adds the pages' servlets for the dataset served as {@link IkgServer#DEFAULT_NAME}. */
    public static IkgServer.Builder mount(IkgServer.Builder builder, DatasetGraph dsg) {
        return mount(builder, dsg, IkgServer.DEFAULT_NAME);
    }

    /** Adds the pages' servlets; {@code datasetName} (e.g. "/kg") is where the query editor sends queries. */
    public static IkgServer.Builder mount(IkgServer.Builder builder, DatasetGraph dsg, String datasetName) {
        Kg kg = new Kg(dsg);
        return builder
                .addServlet("", new HomeServlet(kg))
                .addServlet("/search", new SearchServlet(kg, false))
                .addServlet("/suggest", new SearchServlet(kg, true))
                .addServlet("/resource/*", new ResourceServlet(kg))
                .addServlet("/graph", new GraphServlet(kg, false))
                .addServlet("/graph.json", new GraphServlet(kg, true))
                .addServlet("/timeline", new TimelineServlet(kg))
                .addServlet("/query", new QueryServlet(datasetName))
                .addServlet("/yasgui", new YasguiServlet(datasetName))
                .addServlet("/yasgui/*", new YasguiServlet(datasetName))
                .addServlet("/assets/*", new AssetServlet());
    }
}
