package incidentkg.store;

import incidentkg.rdf.GazetteerGraph;
import incidentkg.rdf.IKG;
import incidentkg.rdf.OntologyFiles;
import incidentkg.rules.KnowledgeBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Path;

/**
 * The TDB2 store: one folder, opened by one process at a time. The default graph is the union of the named
 * graphs. On opening, the ontology and gazetteer graphs are brought up to date (only when they changed, so
 * that reopening writes nothing). The names in every graph are indexed for search ({@link LabelIndex}: in
 * {@code STORE/text-index}, or in memory): {@link #dataset()} keeps the index in step with every write.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final Path dir;
    private final LabelIndex index;
    private boolean closed;

    private Store(Dataset dataset, Path dir, LabelIndex index) {
        this.dataset = index == null ? dataset : DatasetFactory.wrap(index.dataset());
        this.dir = dir;
        this.index = index;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the store in {@code dir}, with its text index (built from the store when
     * missing or possibly stale; see {@link LabelIndex}).
     */
    public static Store open(Path dir, KnowledgeBase kb) {
        Dataset tdb = TDB2Factory.connectDataset(dir.toString());
        Store s = new Store(tdb, dir, LabelIndex.open(dir, tdb.asDatasetGraph()));
        s.reference(kb);
        return s;
    }

    /**
     * A store over a dataset someone else opened (an evaluator's temporary dataset). Works inside the caller's
     * transaction, if any.
     */
    public static Store over(Dataset dataset, KnowledgeBase kb) {
        Store s = new Store(dataset, null, null);
        s.reference(kb);
        return s;
    }

    /** Whether {@code dir} holds a TDB2 store (its data lives in {@code Data-0001}, {@code Data-0002}…). */
    /**
     * A number that changes whenever a write transaction commits on {@code dsg}, when {@code dsg} is a store's
     * dataset opened by this process (which every write goes through while it is open); -1 for any other
     * dataset, whose changes are not tracked. Lets the web pages keep figures that are costly to count.
     */
    public static long version(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return dsg instanceof LabelIndexDataset l ? l.commits() : -1;
    }

    public static boolean exists(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir))
            return false;
        try (var s = java.nio.file.Files.list(dir)) {
            return s.anyMatch(p -> java.nio.file.Files.isDirectory(p)
                    && p.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** An in-memory store with an in-memory text index, for tests and evaluation. */
    public static Store inMemory(KnowledgeBase kb) {
        Dataset tdb = TDB2Factory.createDataset();
        Store s = new Store(tdb, null, LabelIndex.inMemory(tdb.asDatasetGraph()));
        s.reference(kb);
        return s;
    }

    private void reference(KnowledgeBase kb) {
        boolean changed = replaceIfChanged(IKG.GRAPH_ONTOLOGY, OntologyFiles.ontology());
        changed |= replaceIfChanged(IKG.GRAPH_GAZETTEER, GazetteerGraph.build(kb.gazetteer()));
        if (changed)
            sync();
    }

    /** Whether it replaced the graph. */
    private boolean replaceIfChanged(String graph, Model model) {
        // IsoMatcher compares terms; Model.isIsomorphicWith can answer false for a TDB2 graph equal term for term
        // (seen on the gazetteer's decimal coordinates), which rewrote the graph on every open
        boolean same = Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graph)
                && IsoMatcher.isomorphic(dataset.getNamedModel(graph).getGraph(), model.getGraph()));
        if (!same)
            Txn.executeWrite(dataset, () -> {
                dataset.removeNamedModel(graph);
                dataset.addNamedModel(graph, model);
            });
        return !same;
    }

    /**
     * Loads an N-Quads file with Jena's TDB2 parallel bulk loader straight into the TDB2 store (for a new, empty
     * store: see {@link BulkLoad}), then rebuilds the text index from what the store holds.
     */
    public long bulkLoad(Path nquads) {
        if (index == null)
            return BulkLoad.load(dataset.asDatasetGraph(), nquads);
        long[] n = new long[1];
        index.behindTheIndex(() -> n[0] = BulkLoad.load(index.base(), nquads));
        return n[0];
    }

    /**
     * Writes to disk what the text index holds of the writes committed so far, which it otherwise does every few
     * seconds and on closing (the store's own commits are on disk when they return). A process that ends
     * without closing the store has the index rebuilt on the next opening.
     */
    public void sync() {
        if (index != null)
            index.flush();
    }

    /**
     * Compacts the store, giving back the space of old index blocks (see {@link Compaction}); {@code progress}
     * hears the bytes written so far every {@code every} milliseconds. Only for a store opened from a folder,
     * outside any transaction.
     */
    public Compaction.Result compact(java.util.function.LongConsumer progress, long every) {
        if (dir == null)
            throw new IllegalStateException("a store held in memory has nothing to compact");
        return Compaction.compact(base(), dir, progress, every);
    }

    public Dataset dataset() { return dataset; }

    public Path dir() { return dir; }

    public boolean inTransaction() { return dataset.isInTransaction(); }

    public void begin(ReadWrite mode) { dataset.begin(mode); }

    /**
     * Closes the store and makes TDB2 let go of its folder (which may then be deleted, or opened by another
     * process); for tests and commands that work in a scratch store. Use instead of {@code TDBInternal.expel}.
     */
    public void expel() {
        if (index != null)
            index.shutdown();
        DatasetGraph base = base();
        close();
        TDBInternal.expel(base);
    }

    /** The TDB2 dataset itself, behind the text index if there is one. */
    private DatasetGraph base() {
        return index == null ? dataset.asDatasetGraph() : index.base();
    }

    @Override
    public void close() {
        if (closed)
            return;
        closed = true;
        if (index != null)
            index.release();
        dataset.close();
    }
}
