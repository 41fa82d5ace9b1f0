package incidentkg.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadReportTest {
    @Test
    void roundRatiosAreLoadOverBare() {
        LoadReport.Round r = new LoadReport.Round(10.0, 12.0, 8.0, 10.0);
        assertEquals(1.2, r.wallClockRatio(), 1e-12);
        assertEquals(1.25, r.cpuRatio(), 1e-12);
    }

    @Test
    void theMedianRoundIsTheMiddleWallClockRatio() {
        // wall-clock ratios 1.30, 1.00, 1.10: the median is the third round's
        List<LoadReport.Round> three = List.of(new LoadReport.Round(10, 13, 1, 1), new LoadReport.Round(10, 10, 1, 1),
                                               new LoadReport.Round(10, 11, 1, 1));
        assertEquals(2, LoadReport.Round.median(three));
        // of an even count, the lower middle one: ratios 1.4, 1.2, 1.1, 1.3 -> 1.2, the second round
        List<LoadReport.Round> four = List.of(new LoadReport.Round(10, 14, 1, 1), new LoadReport.Round(10, 12, 1, 1),
                                              new LoadReport.Round(10, 11, 1, 1), new LoadReport.Round(10, 13, 1, 1));
        assertEquals(1, LoadReport.Round.median(four));
        assertEquals(0, LoadReport.Round.median(List.of(new LoadReport.Round(10, 30, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> LoadReport.Round.median(List.of()));
    }
}
