package incidentkg.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress bar on standard error: done/total, percent, rate in articles per second and the time left.
 * On a terminal it redraws one line; otherwise (a log, a pipe) it prints a line per step.
 */
final class Progress {
    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final int total;
    private final boolean redraw;
    private final long start = System.nanoTime();
    private int shown;

    Progress(PrintWriter err, int total, boolean redraw) {
        this.err = err;
        this.total = total;
        this.redraw = redraw;
    }

    /** Whether standard error is a terminal that can redraw a line. */
    static boolean terminal() {
        return System.console() != null;
    }

    /** Reports that {@code done} articles are done, the last being {@code name}. */
    void step(int done, String name) {
        String line = line(done, total, (System.nanoTime() - start) / 1e9, name);
        if (redraw) {
            err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            shown = line.length();
            if (done == total)
                err.println();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Prints a message on its own line, above the bar. */
    void message(String text) {
        if (redraw && shown > 0)
            err.print("\r" + " ".repeat(shown) + "\r");
        shown = 0;
        err.println(text);
        err.flush();
    }

    /** The bar: {@code [######------] 3/12 25% 0.50 articles/s ETA 18s name}. */
    static String line(int done, int total, double seconds, String name) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = done / Math.max(seconds, 1e-3);
        String eta = done == 0 ? "?" : duration((total - done) / rate);
        return String.format(java.util.Locale.ROOT, "[%s%s] %d/%d %d%% %.2f articles/s ETA %s %s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total,
                total == 0 ? 100 : 100L * done / total, rate, eta, name);
    }

    /** Seconds as {@code 45s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        Duration d = Duration.ofSeconds(s);
        if (s < 60)
            return s + "s";
        if (s < 3600)
            return String.format(java.util.Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
        return String.format(java.util.Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
    }
}
