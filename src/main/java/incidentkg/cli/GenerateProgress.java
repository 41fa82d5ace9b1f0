package incidentkg.cli;

import java.io.PrintWriter;

/** Progress of a long generation: a line every few seconds with the count, the share done, the rate and the ETA. */
final class GenerateProgress {
    private final PrintWriter err;
    private final String unit;
    private final long total;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    GenerateProgress(PrintWriter err, String unit, long total) {
        this.err = err;
        this.unit = unit;
        this.total = total;
    }

    /** Reports {@code done}; prints at most every two seconds. */
    void update(long done) {
        long now = System.nanoTime();
        if (now - lastPrint < 2_000_000_000L)
            return;
        lastPrint = now;
        print(done);
    }

    /** Prints the final line. */
    void done(long done) {
        print(done);
    }

    private void print(long done) {
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double rate = done / secs;
        long left = Math.max(0, total - done);
        String eta = rate > 0 && left > 0 ? String.format(", ETA %ds", Math.round(left / rate)) : "";
        err.printf("%,d/%,d %s (%d%%), %,.0f/s, %.1fs%s%n", done, total, unit, Math.min(100, done * 100 / Math.max(1, total)),
                   rate, secs, eta);
        err.flush();
    }
}
