package incidentkg.store;

import incidentkg.model.ArticleException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one article's work on a worker thread and waits at most the article timeout for it. Work that takes
 * longer is interrupted and abandoned: the caller gets a one-line {@link ArticleException} at once and goes on
 * with the next article, while the abandoned thread (a daemon) ends when its code notices the interrupt or
 * finishes. Any exception or error of the work (a bug, a stack overflow, running out of memory) also becomes
 * a one-line {@code ArticleException}, so one article can never stop a batch.
 */
public final class TimeBudget implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeout;
    private final DaemonThreads threads = new DaemonThreads("ikg-article-", THREADS);
    private final ExecutorService workers = Executors.newCachedThreadPool(threads);

    public TimeBudget(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() { return timeout; }

    /** The result of {@code work}, or an {@code ArticleException} naming {@code source}. */
    public <T> T run(String source, Callable<T> work) throws ArticleException {
        return run(source, work, timeout);
    }

    /**
     * The result of {@code work} within {@code limit} (what is left of an article's budget), or an
     * {@code ArticleException} naming {@code source}; the message names the whole budget.
     */
    public <T> T run(String source, Callable<T> work, Duration limit) throws ArticleException {
        Future<T> f = workers.submit(work);
        try {
            return f.get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ArticleException(source, "took longer than " + seconds(timeout)
                    + " and was abandoned (set the limit with --article-timeout)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleException(source, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArticleException ae)
                throw oneLine(ae);
            throw new ArticleException(source, "failed: " + oneLine(cause.toString()), cause);
        }
    }

    /** {@code e} with its problem on one line of at most 500 characters. */
    static ArticleException oneLine(ArticleException e) {
        String p = oneLine(e.problem());
        return p.equals(e.problem()) ? e : new ArticleException(e.source(), p, e.getCause());
    }

    static String oneLine(String s) {
        String t = String.valueOf(s).strip();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length() && b.length() <= 500; i++) {
            char c = t.charAt(i);
            if (c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                b.append(c);
                continue;
            }
            // a line break and the blanks around it become one space
            while (b.length() > 0 && Character.isWhitespace(b.charAt(b.length() - 1)))
                b.setLength(b.length() - 1);
            while (i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))
                i++;
            if (b.length() > 0)
                b.append(' ');
        }
        return b.length() <= 500 ? b.toString() : b.substring(0, 497) + "...";
    }

    /**
     * Ends the idle worker threads now rather than after a minute without work, and waits up to a second for them.
     * Work abandoned after its time ran out is not waited for: its daemon thread ends when that work does.
     */
    @Override
    public void close() {
        workers.shutdown();
        try {
            threads.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
