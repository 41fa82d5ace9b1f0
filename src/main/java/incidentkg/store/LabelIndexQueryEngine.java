package incidentkg.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Runs queries on a {@link LabelIndexDataset} with TDB2's query engine over the store underneath, as on the
 * bare store: the union default graph and TDB2's optimizations hold, and {@code text:query} finds the index in
 * the store's context.
 */
final class LabelIndexQueryEngine extends QueryEngineTDB {
    private static boolean registered;

    private LabelIndexQueryEngine(Query query, DatasetGraphTDB dsg, Binding input, Context cxt) {
        super(query, dsg, input, cxt);
    }

    private LabelIndexQueryEngine(Op op, DatasetGraphTDB dsg, Binding input, Context cxt) {
        super(op, dsg, input, cxt);
    }

    static synchronized void install() {
        if (!registered)
            QueryEngineRegistry.addFactory(FACTORY);
        registered = true;
    }

    private static DatasetGraphTDB storage(DatasetGraph dsg) {
        return dsg instanceof LabelIndexDataset t ? TDBInternal.getDatasetGraphTDB(t.base()) : null;
    }

    private static final QueryEngineFactory FACTORY = new QueryEngineFactory() {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return storage(dataset) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new LabelIndexQueryEngine(query, storage(dataset), input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return storage(dataset) != null;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new LabelIndexQueryEngine(op, storage(dataset), input, context).getPlan();
        }
    };
}
