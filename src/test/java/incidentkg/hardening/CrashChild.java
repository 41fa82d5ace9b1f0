package incidentkg.hardening;

import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleGraph;
import incidentkg.store.ArticleWriter;
import incidentkg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashSafetyIT}: the store side of a batch load. It opens the store as {@code load}
 * does ({@link Store#open}, which also brings the ontology and gazetteer graphs up to date) and writes the
 * article graphs that the parent extracted once with the real pipeline ({@code NN-NAME.nq} files, in order)
 * through {@link ArticleWriter}, the loader's write path: one write transaction per article. It prints a marker
 * line before each step, so the parent knows where a kill landed.
 *
 * <p>Arguments: {@code STORE_DIR GRAPHS_DIR}.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        List<Path> graphs;
        try (var s = Files.list(Path.of(args[1]))) {
            graphs = s.filter(p -> p.toString().endsWith(".nq")).sorted().toList();
        }
        say("start");
        KnowledgeBase kb = KnowledgeBase.bundled();
        say("open");
        try (Store s = Store.open(store, kb)) {
            say("opened");
            ArticleWriter writer = new ArticleWriter(s.dataset());
            for (Path f : graphs) {
                ArticleGraph g = read(f);
                say("write " + f.getFileName());
                say("wrote " + f.getFileName() + " " + writer.write(g));
            }
        }
        say("done");
        System.exit(0);
    }

    /** The one named graph of an N-Quads file. */
    static ArticleGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(file).lang(Lang.NQUADS).parse(dsg);
        Node name = dsg.listGraphNodes().next();
        return new ArticleGraph(file.toString(), name.getURI(),
                                ModelFactory.createModelForGraph(dsg.getGraph(name)));
    }

    private static void say(String marker) {
        System.out.println("CHILD " + marker);
        System.out.flush();
    }
}
