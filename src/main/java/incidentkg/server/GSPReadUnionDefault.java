package incidentkg.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Graph Store Protocol read ({@code GET ?default}, {@code ?graph=}) where the default graph is
 * the union of the named graphs, as SPARQL queries see it.
 * <p>
 * TDB2's {@code unionDefaultGraph} setting changes query execution only: the dataset's own
 * {@code getDefaultGraph()} still returns the stored (empty) default graph, which is what the
 * stock {@link GSP_R} would send. Named graphs are served unchanged.
 */
final class GSPReadUnionDefault extends GSP_R {

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return new UnionDefaultView(super.decideDataset(action));
    }

    /** The dataset with its default graph replaced by the union graph; everything else passes through. */
    private static final class UnionDefaultView extends DatasetGraphWrapper {
        UnionDefaultView(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
