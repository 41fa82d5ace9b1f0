package incidentkg.store;

import incidentkg.rdf.IKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

import java.util.List;

/**
 * An article's validated graph, ready to be stored: the source it came from (for messages), the graph's
 * name (the article's IRI) and its triples.
 */
public record ArticleGraph(String source, String name, Model graph) {
    /** The incidents the article supports ({@code ikg:supportedBy}), whose relations a write recomputes. */
    public List<String> incidents() {
        return incidentsOf(graph);
    }

    static List<String> incidentsOf(Model m) {
        return m.listSubjectsWithProperty(IKG.supportedBy).mapWith(Resource::getURI).toList();
    }
}
