package incidentkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Compaction of a TDB2 store. TDB2 never overwrites an index block that a committed transaction wrote: a
 * transaction writes new copies of the blocks it changes, and the old ones stay in the files until the store is
 * compacted. A store written one article per transaction therefore takes many times the space of its data
 * (1,000 short articles: 3.5 GB, 161 MB once compacted). Compaction copies the live data into a new
 * generation ({@code Data-0002}, …, written in a temporary folder first and renamed when complete) and deletes
 * the old one. It blocks writers while it runs, and needs the disk space of the compacted copy. The text index
 * is not touched: the data it indexes is the same.
 */
public final class Compaction {
    private Compaction() {}

    /** What a compaction did: the store's size on disk before and after, and how long it took. */
    public record Result(long bytesBefore, long bytesAfter, double seconds) {}

    /**
     * Compacts the TDB2 store {@code dsg} (a store opened with {@link DatabaseMgr} or {@code TDB2Factory}) whose
     * folder is {@code dir}; {@code progress} hears every {@code every} milliseconds how many bytes the new
     * generation has so far. Call outside any transaction.
     */
    public static Result compact(DatasetGraph dsg, Path dir, LongConsumer progress, long every) {
        long before = bytes(dir);
        long t0 = System.nanoTime();
        Thread watcher = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(every);
                    progress.accept(Math.max(0, bytes(dir) - before));
                }
            } catch (InterruptedException e) {
                // the compaction is over
            }
        }, "ikg-compact-progress");
        watcher.setDaemon(true);
        watcher.start();
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            watcher.interrupt();
        }
        return new Result(before, bytes(dir), (System.nanoTime() - t0) / 1e9);
    }

    /** The bytes of the TDB2 files under {@code dir} (its {@code Data-NNNN} generations and their temporary copies). */
    public static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.startsWith(dir.resolve(LabelIndex.FOLDER)))
                        .mapToLong(Compaction::size).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;   // the folder changed while it was read: the next reading counts again
        }
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;   // deleted meanwhile
        }
    }
}
