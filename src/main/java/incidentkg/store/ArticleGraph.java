package incidentkg.store;

import incidentkg.model.StageTimes;
import incidentkg.rdf.IKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

import java.util.List;

/**
 * An article's validated graph, ready to be stored: the source it came from (for messages), the graph's
 * name (the article's IRI), its triples, and where the time to prepare it went.
 */
public record ArticleGraph(String source, String name, Model graph, StageTimes times) {
    public ArticleGraph(String source, String name, Model graph) {
        this(source, name, graph, StageTimes.NONE);
    }

    /** The incidents the article supports ({@code ikg:supportedBy}), whose relations a write recomputes. */
    public List<String> incidents() {
        return incidentsOf(graph);
    }

    static List<String> incidentsOf(Model m) {
        return m.listSubjectsWithProperty(IKG.supportedBy).mapWith(Resource::getURI).toList();
    }
}
