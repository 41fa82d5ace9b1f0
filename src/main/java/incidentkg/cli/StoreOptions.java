package incidentkg.cli;

import incidentkg.rules.DataSource;
import incidentkg.rules.KnowledgeBase;
import incidentkg.text.ArticleReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that use a store and the knowledge files. */
public final class StoreOptions {
    /** Where the store lives unless --store says otherwise. */
    public static final String DEFAULT_STORE = "store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Knowledge folder laid out as the project's data/ (default: the one in the jar).")
    Path data;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    KnowledgeBase knowledge() {
        return data == null ? KnowledgeBase.bundled() : KnowledgeBase.load(DataSource.folder(data));
    }
}
