package incidentkg.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes daemon threads named {@code prefix} and a number, and remembers them, so that their owner can wait for
 * every one of them to have ended (an executor's termination comes a little before its threads' end).
 */
final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count;
    private final List<Thread> made = new CopyOnWriteArrayList<>();

    /** Threads named {@code prefix} followed by the next value of {@code count}. */
    DaemonThreads(String prefix, AtomicInteger count) {
        this.prefix = prefix;
        this.count = count;
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, prefix + count.incrementAndGet());
        t.setDaemon(true);
        made.removeIf(old -> old.getState() == Thread.State.TERMINATED);   // a long-lived pool replaces its threads
        made.add(t);
        return t;
    }

    /** Waits up to {@code limit} in all for the threads made so far to end. */
    void join(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread t : made) {
            long left = deadline - System.nanoTime();
            if (left <= 0)
                break;
            t.join(Math.max(1, left / 1_000_000));
        }
        made.removeIf(t -> !t.isAlive());
    }
}
