package incidentkg.store;

import incidentkg.rdf.IKG;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jena's TDB2 parallel bulk loader, for filling a new store from N-Quads in one go. The bulk loader is much
 * faster than one transaction per article but is meant for an empty store, so {@link #contentGraphs} tells
 * whether a store holds anything besides the ontology and gazetteer graphs that opening it writes.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Loads an N-Quads file (gzip when it ends in {@code .gz}) into {@code dsg}; returns the quads read. */
    public static long load(DatasetGraph dsg, Path nquads) {
        return load(dsg, nquads, null);
    }

    /** As {@link #load(DatasetGraph, Path)}, printing the loader's progress lines to {@code progress} (if not null). */
    public static long load(DatasetGraph dsg, Path nquads, java.io.PrintWriter progress) {
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> {
            if (progress != null) {
                progress.println(String.format(fmt, args));
                progress.flush();
            }
        });
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    /**
     * The graphs of {@code ds} other than the ontology and gazetteer graphs (the default graph as {@code ""}
     * when it holds triples of its own): empty for a store that nothing was loaded into.
     */
    public static Set<String> contentGraphs(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining((Node g) -> {
                String n = g.isURI() ? g.getURI() : g.toString();
                if (!n.equals(IKG.GRAPH_ONTOLOGY) && !n.equals(IKG.GRAPH_GAZETTEER))
                    names.add(n);
            });
            if (dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext())
                names.add("");
            return names;
        });
    }
}
