package incidentkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

import java.util.ArrayList;
import java.util.List;

/** Validates an article's graph, together with the ontology, against {@code ontology/shapes.ttl}. */
public final class ArticleValidator {
    private final Shapes shapes = Shapes.parse(OntologyFiles.shapesGraph());
    private final Model ontology = OntologyFiles.ontology();

    /** The violations, as one-line messages; empty when the graph conforms. */
    public List<String> violations(Model articleGraph) {
        Graph data = ModelFactory.createUnion(articleGraph, ontology).getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        return out;
    }

    public Model ontology() { return ontology; }
}
