package incidentkg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A figure that is costly to count over a whole store (a dataset description, the list of every incident), kept
 * until the store changes ({@link Store#version}) and then counted again on a background thread when next asked
 * for. Until the new count is done, readers get the previous one; before the first is done, they wait a little
 * and then get nothing.
 * For a dataset whose changes are not tracked, it is counted on every call.
 */
public final class Recount<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Recount.class);

    private record Counted<T>(long version, T value) {}

    private final DatasetGraph dsg;
    private final String name;
    private final Supplier<T> count;
    private final AtomicReference<Counted<T>> last = new AtomicReference<>();
    private final ExecutorService worker;
    private Future<?> running; // guarded by this

    /** Counts when first asked; {@code name} names the figure in the log. */
    public Recount(DatasetGraph dsg, String name, Supplier<T> count) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        this.name = Objects.requireNonNull(name, "name");
        this.count = Objects.requireNonNull(count, "count");
        // one thread at most, and none while nothing is counted (servers come and go, in tests above all)
        this.worker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ikg-recount-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The figure for the store as it is now; while a newer count runs, the previous figure (waiting up to
     * {@code wait} for the new one); before any count is done, empty after waiting up to {@code wait}.
     */
    public Optional<T> get(Duration wait) throws InterruptedException {
        long version = Store.version(dsg);
        if (version < 0)
            return Optional.of(count.get());
        Counted<T> c = last.get();
        if (c != null && c.version() == version)
            return Optional.of(c.value());
        Future<?> f = recount();
        try {
            f.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // give the last figure, or nothing yet
        } catch (ExecutionException e) {
            LOG.warn("counting {} failed: {}", name, String.valueOf(e.getCause()));
        }
        c = last.get();
        return c == null ? Optional.empty() : Optional.of(c.value());
    }

    private synchronized Future<?> recount() {
        if (running != null && !running.isDone())
            return running;
        running = worker.submit(() -> {
            long version = Store.version(dsg);
            long t0 = System.nanoTime();
            T value = count.get();
            last.set(new Counted<>(version, value));
            LOG.debug("{} counted in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
        });
        return running;
    }
}
