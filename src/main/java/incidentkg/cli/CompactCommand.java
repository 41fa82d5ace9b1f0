package incidentkg.cli;

import incidentkg.store.Compaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** {@code compact [--store DIR]}: gives back the disk space of the index blocks that earlier writes replaced. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Compact a store: give back the disk space of the index blocks that earlier writes replaced.",
        description = {"TDB2 writes new copies of the index blocks a transaction changes and keeps the old ones, so "
                + "a store loaded one article per transaction takes many times the space of its data (1,000 short "
                + "articles: 3.5 GB, 161 MB compacted). Compaction copies the live data into a new generation of "
                + "the store (Data-0002, …) and deletes the old one; it needs the free disk space of the compacted "
                + "copy. The data, and what every query answers, stay the same. A store that a running 'serve' "
                + "holds cannot be opened by another process. Standard error shows the bytes written so far. Sizes are "
                + "the lengths of the store's files (not its text index); TDB2 lengthens a file 8 MB at a time and "
                + "leaves the unwritten part unallocated, so a small store may not shrink, and a disk usage tool "
                + "can show less."},
        footer = {"", "Exit status: 0 compacted, 1 failed, 2 bad usage."})
public final class CompactCommand implements Callable<Integer> {
    /** Milliseconds between two lines that show the bytes written so far. */
    static final long PROGRESS_MILLIS = 2000;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph dsg = StoreOptions.existing(store, "a running server may hold it");
        try {
            run(store, spec.commandLine().getOut(), spec.commandLine().getErr(),
                progress -> Compaction.compact(dsg, store, progress, PROGRESS_MILLIS));
        } finally {
            TDBInternal.expel(dsg);
        }
        return 0;
    }

    /**
     * Runs a compaction of {@code store}, given the progress listener it is to call: says so on {@code err}, shows
     * the bytes written so far there, and prints what it did on {@code out}. For this command and {@code load
     * --compact}.
     */
    static void run(Path store, PrintWriter out, PrintWriter err,
                    Function<LongConsumer, Compaction.Result> compaction) {
        err.println("compacting " + store + "…");
        err.flush();
        Compaction.Result r = compaction.apply(written -> {
            err.println("compact: " + megabytes(written) + " written");
            err.flush();
        });
        out.printf(Locale.ROOT, "compact: %s from %s to %s (%.1f s)%n", store, megabytes(r.bytesBefore()),
                   megabytes(r.bytesAfter()), r.seconds());
        out.flush();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
