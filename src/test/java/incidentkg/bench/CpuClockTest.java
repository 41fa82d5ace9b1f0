package incidentkg.bench;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuClockTest {
    /** Spins on the calling thread until it has used {@code nanos} of CPU time. */
    private static long spin(long nanos) {
        var mx = ManagementFactory.getThreadMXBean();
        long end = mx.getCurrentThreadCpuTime() + nanos, x = 0;
        while (mx.getCurrentThreadCpuTime() < end)
            for (int i = 0; i < 10_000; i++)
                x += i ^ x;
        return x;
    }

    @Test
    void theReadersOwnWorkCountsAsTheMeasuringThread() {
        CpuClock.Reading before = CpuClock.now();
        spin(300_000_000L);
        CpuUse use = CpuClock.now().since(before);
        assertTrue(use.self() >= 0.25, use.toString());
        assertTrue(use.loader() < 0.05, use.toString());
        assertTrue(use.process() >= use.self() - 0.02, use.toString());
    }

    @Test
    void workOnAThreadNamedLikeTheLoadersCountsAsTheLoaders() throws InterruptedException {
        CpuClock.Reading before = CpuClock.now();
        Thread worker = new Thread(() -> spin(300_000_000L), "ikg-worker-test-1");
        worker.start();
        // read before the thread ends: an ended thread takes its time with it
        while (worker.isAlive() && CpuClock.now().since(before).loader() < 0.25)
            Thread.sleep(20);
        CpuUse use = CpuClock.now().since(before);
        worker.join();
        assertTrue(use.loader() >= 0.25, use.toString());
        assertTrue(use.self() < 0.25, use.toString());
    }

    @Test
    void otherIsWhatTheNamedKindsLeaveOfTheProcess() {
        CpuUse u = new CpuUse(10.0, 4.0, 3.0, 1.5, 0.5);
        assertEquals(1.0, u.other(), 1e-9);
        assertEquals(7.0, u.work(), 1e-9);
        assertEquals(0.0, new CpuUse(1.0, 2.0, 0, 0, 0).other(), 1e-9);
    }
}
