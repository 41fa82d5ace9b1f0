package incidentkg.cli;

import incidentkg.store.Restore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code restore --input FILE [--store DIR] [--force]}: builds a store from a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        header = "Build a store from a backup (N-Quads, gzip when FILE ends in .gz), in one transaction.",
        description = {"The store folder must be new or empty; --force replaces the store in it. A damaged file "
                + "leaves the folder as it was. Stop any server that holds the store first."},
        footer = {"", "Exit status: 0 restored, 1 failed (the store is as it was), 2 bad usage."})
public final class RestoreCommand implements Callable<Integer> {
    @Option(names = {"--input", "-i"}, paramLabel = "FILE", required = true, description = "The backup file.")
    Path input;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "TDB2 store folder to build (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    @Option(names = "--force", description = "Replace the store already in the folder.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long n = Restore.restore(input, store, force);
        spec.commandLine().getOut().printf("restore: %d quads from %s into %s (%.1f s)%n", n, input, store,
                (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
