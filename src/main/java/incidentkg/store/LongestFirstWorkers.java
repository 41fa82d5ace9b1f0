package incidentkg.store;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of worker threads that, of the tasks waiting for one, run the task of the longest article first,
 * and of articles as long, the one given first. Given the few articles ahead of a writer that takes them in order
 * ({@link ParallelLoader}), this leaves the short ones for last, so that at the end of a batch a worker idles less
 * while another finishes a long article.
 */
final class LongestFirstWorkers {
    private final ThreadPoolExecutor pool;
    private int given;

    LongestFirstWorkers(int threads, ThreadFactory factory) {
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), factory);
    }

    /** Runs {@code task}, for an article of {@code length} (bytes or characters), when its turn comes. */
    <V> Future<V> submit(Callable<V> task, long length) {
        Ranked<V> r = new Ranked<>(task, length, given++);
        pool.execute(r);
        return r;
    }

    /** Interrupts the running tasks and drops the waiting ones. */
    void shutdownNow() {
        pool.shutdownNow();
    }

    /** A task that ranks before another when its article is longer, or as long and given earlier. */
    private static final class Ranked<V> extends FutureTask<V> implements Comparable<Ranked<?>> {
        private final long length;
        private final int order;

        Ranked(Callable<V> task, long length, int order) {
            super(task);
            this.length = length;
            this.order = order;
        }

        @Override
        public int compareTo(Ranked<?> o) {
            int c = Long.compare(o.length, length);
            return c != 0 ? c : Integer.compare(order, o.order);
        }
    }
}
