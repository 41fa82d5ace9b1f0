package incidentkg.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongestFirstWorkersTest {
    @Test
    void theLongestWaitingArticleGoesFirstThenTheEarliestGiven() throws Exception {
        LongestFirstWorkers workers = new LongestFirstWorkers(1, new DaemonThreads("test-worker-", new AtomicInteger()));
        CountDownLatch busy = new CountDownLatch(1);
        List<String> started = new CopyOnWriteArrayList<>();
        try {
            // the one worker is held by the first task while the others queue up
            Future<String> first = workers.submit(() -> {
                started.add("first");
                busy.await();
                return "first";
            }, 1);
            List<Future<String>> rest = List.of(
                    workers.submit(() -> record(started, "a (300)"), 300),
                    workers.submit(() -> record(started, "b (9,000)"), 9_000),
                    workers.submit(() -> record(started, "c (300)"), 300),
                    workers.submit(() -> record(started, "d (4,000)"), 4_000));
            busy.countDown();
            assertEquals("first", first.get(1, TimeUnit.MINUTES));
            for (Future<String> f : rest)
                f.get(1, TimeUnit.MINUTES);
            assertEquals(List.of("first", "b (9,000)", "d (4,000)", "a (300)", "c (300)"), started);
            // each future gives its own task's result
            assertEquals("a (300)", rest.get(0).get());
        } finally {
            workers.shutdownNow();
        }
    }

    private static String record(List<String> started, String name) {
        started.add(name);
        return name;
    }
}
