package incidentkg.cli;

import incidentkg.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that use a store, besides the knowledge options. */
public final class StoreOptions extends KnowledgeOptions {
    /** Where the store lives unless --store says otherwise. */
    public static final String DEFAULT_STORE = "store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    /**
     * The TDB2 dataset of the store that exists in {@code dir}, opened without its text index; the error says
     * {@code whenHeld} when the store cannot be opened (another process may hold it).
     */
    static DatasetGraph existing(Path dir, String whenHeld) {
        if (!Store.exists(dir))
            throw new IllegalArgumentException(dir + ": no store here");
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException(dir + ": cannot open the store (" + e.getMessage() + "); " + whenHeld, e);
        }
    }
}
