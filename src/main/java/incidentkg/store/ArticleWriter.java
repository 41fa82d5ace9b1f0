package incidentkg.store;

import incidentkg.model.ArticleException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;

import java.util.Set;
import java.util.TreeSet;

/**
 * Stores article graphs, one TDB2 write transaction each: the article's named graph is replaced and the
 * relations of the incidents it supports, now or before, are recomputed ({@link Relatedness}). The
 * transaction commits whole or not at all, so a failure or a crash at any moment leaves every article either
 * as it was or as it is now. A graph already stored unchanged is not written again.
 */
public final class ArticleWriter {
    private final Dataset ds;

    public ArticleWriter(Dataset ds) {
        this.ds = ds;
    }

    public ArticleLoader.Outcome write(ArticleGraph article) throws ArticleException {
        String name = article.name();
        Model graph = article.graph();
        boolean same = Txn.calculateRead(ds, () -> ds.containsNamedModel(name)
                && IsoMatcher.isomorphic(ds.getNamedModel(name).getGraph(), graph.getGraph()));
        if (same)
            return ArticleLoader.Outcome.UNCHANGED;
        try {
            Txn.executeWrite(ds, () -> {
                Set<String> touched = new TreeSet<>(article.incidents());
                if (ds.containsNamedModel(name)) {
                    touched.addAll(ArticleGraph.incidentsOf(ds.getNamedModel(name)));
                    ds.removeNamedModel(name);
                }
                ds.addNamedModel(name, graph);
                Relatedness.update(ds, touched);
            });
        } catch (RuntimeException e) {
            throw new ArticleException(article.source(), "store write failed: " + TimeBudget.oneLine(e.getMessage()), e);
        }
        return ArticleLoader.Outcome.LOADED;
    }
}
