package incidentkg.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadReportTest {
    /** A round of bare CoreNLP for {@code bare} s and the one-thread load for {@code load} s; 10 s on two threads. */
    private static LoadReport.Round round(double bare, double load) {
        return new LoadReport.Round(bare, load, 1, 1, 10);
    }

    @Test
    void roundRatiosAreLoadOverBare() {
        LoadReport.Round r = new LoadReport.Round(10.0, 12.0, 8.0, 10.0, 8.0);
        assertEquals(1.2, r.wallClockRatio(), 1e-12);
        assertEquals(1.25, r.cpuRatio(), 1e-12);
        assertEquals(1.5, r.speedup(), 1e-12);
        assertTrue(Double.isNaN(new LoadReport.Round(10, 12, 8, 10, Double.NaN).speedup()));
    }

    @Test
    void theMedianRoundIsTheMiddleWallClockRatio() {
        // wall-clock ratios 1.30, 1.00, 1.10: the median is the third round's
        List<LoadReport.Round> three = List.of(round(10, 13), round(10, 10), round(10, 11));
        assertEquals(2, LoadReport.Round.median(three, LoadReport.Round::wallClockRatio));
        // of an even count, the lower middle one: ratios 1.4, 1.2, 1.1, 1.3 -> 1.2, the second round
        List<LoadReport.Round> four = List.of(round(10, 14), round(10, 12), round(10, 11), round(10, 13));
        assertEquals(1, LoadReport.Round.median(four, LoadReport.Round::wallClockRatio));
        assertEquals(0, LoadReport.Round.median(List.of(round(10, 30)), LoadReport.Round::wallClockRatio));
        // by speedup: 12 s on one thread against 10, 6 and 8 s on two: 1.2, 2.0, 1.5, the third round's
        List<LoadReport.Round> speedups = List.of(new LoadReport.Round(10, 12, 1, 1, 10),
                new LoadReport.Round(10, 12, 1, 1, 6), new LoadReport.Round(10, 12, 1, 1, 8));
        assertEquals(2, LoadReport.Round.median(speedups, LoadReport.Round::speedup));
        assertThrows(IllegalArgumentException.class, () -> LoadReport.Round.median(List.of(), LoadReport.Round::speedup));
    }
}
