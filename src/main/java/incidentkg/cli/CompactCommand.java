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
    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DatasetGraph dsg = StoreOptions.existing(store, "a running server may hold it");
        PrintWriter err = spec.commandLine().getErr();
        Compaction.Result r;
        try {
            err.println("compacting " + store + " (" + megabytes(Compaction.bytes(store)) + ")…");
            err.flush();
            r = Compaction.compact(dsg, store, written -> {
                err.println("compact: " + megabytes(written) + " written");
                err.flush();
            }, 2000);
        } finally {
            TDBInternal.expel(dsg);
        }
        report(spec.commandLine().getOut(), store, r);
        return 0;
    }

    /** The line that says what a compaction did. */
    static void report(PrintWriter out, Path store, Compaction.Result r) {
        out.printf(Locale.ROOT, "compact: %s from %s to %s (%.1f s)%n", store, megabytes(r.bytesBefore()),
                   megabytes(r.bytesAfter()), r.seconds());
        out.flush();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
