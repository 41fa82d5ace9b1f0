package incidentkg.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HeapPeakTest {
    private static volatile byte[] held;

    @Test
    void aLargeArrayCollectedBeforeTheReadingStillCountsInThePeak() throws InterruptedException {
        try (HeapPeak peak = new HeapPeak()) {
            held = new byte[256 << 20];
            held[held.length - 1] = 1;
            held = null;
            // the array is garbage now: only the collector's report of the heap before it collected still sees it
            System.gc();
            // the collector's notification comes on another thread: wait for it (at most 10 s)
            for (int i = 0; i < 200 && peak.peak() < 256L << 20; i++)
                Thread.sleep(50);
            assertTrue(peak.peak() >= 256L << 20, peak.peak() + " bytes");
        }
    }
}
