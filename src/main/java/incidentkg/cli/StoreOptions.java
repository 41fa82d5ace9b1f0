package incidentkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by the commands that use a store, besides the knowledge options. */
public final class StoreOptions extends KnowledgeOptions {
    /** Where the store lives unless --store says otherwise. */
    public static final String DEFAULT_STORE = "store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;
}
