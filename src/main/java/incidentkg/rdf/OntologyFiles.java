package incidentkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology files shipped in the jar as classpath resources under {@code ontology/}: the OWL
 * ontology, the incident-type scheme and the SHACL shapes. Each call parses the files afresh and
 * returns a new, modifiable graph.
 */
public final class OntologyFiles {

    private OntologyFiles() {}

    /** Classpath resource of the OWL ontology. */
    public static final String IKG_TTL = "ontology/ikg.ttl";

    /** Classpath resource of the incident-type scheme and its GTD, MUC-4 and CAMEO mappings. */
    public static final String INCIDENT_TYPES_TTL = "ontology/incident-types.ttl";

    /** Classpath resource of the SHACL shapes. */
    public static final String SHAPES_TTL = "ontology/shapes.ttl";

    /** The files whose union is the ontology graph {@link IKG#GRAPH_ONTOLOGY}. */
    public static final List<String> ONTOLOGY_TTL = List.of(IKG_TTL, INCIDENT_TYPES_TTL);

    /** The ontology graph's content: ikg.ttl and incident-types.ttl. */
    public static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        for (String resource : ONTOLOGY_TTL)
            read(resource, model.getGraph());
        return model;
    }

    /** The SHACL shapes graph, to validate (article graph ∪ ontology graph) with. */
    public static Graph shapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        read(SHAPES_TTL, graph);
        return graph;
    }

    /** Parses one classpath resource into {@code graph}; fails if it is missing or malformed. */
    static void read(String resource, Graph graph) {
        ClassLoader loader = OntologyFiles.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException(resource + ": not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
