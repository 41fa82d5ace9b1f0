package incidentkg.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar: done/total, percent, rate, time left; a line per step off a terminal. */
class ProgressTest {
    @Test
    void barShowsRateAndTimeLeft() {
        assertEquals("[######------------------] 3/12 25% 0.50 articles/s ETA 18s a.txt",
                     Progress.line(3, 12, 6.0, "a.txt"));
        assertEquals("[########################] 4/4 100% 2.00 articles/s ETA 0s d.txt",
                     Progress.line(4, 4, 2.0, "d.txt"));
        assertEquals("[------------------------] 0/5 0% 0.00 articles/s ETA ? -", Progress.line(0, 5, 1.0, "-"));
    }

    @Test
    void durations() {
        assertEquals("45s", Progress.duration(45));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("2h07m", Progress.duration(7620));
    }

    @Test
    void offATerminalEveryStepIsALineAndMessagesStandApart() {
        StringWriter s = new StringWriter();
        Progress p = new Progress(new PrintWriter(s), 2, false);
        p.step(1, "a.txt");
        p.message("b.txt: empty article");
        p.step(2, "b.txt");
        String[] lines = s.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("[############------------] 1/2 50% "), lines[0]);
        assertEquals("b.txt: empty article", lines[1]);
        assertTrue(lines[2].startsWith("[########################] 2/2 100% "), lines[2]);
        assertTrue(lines[2].endsWith(" ETA 0s b.txt"), lines[2]);
    }

    @Test
    void onATerminalTheBarRedrawsOneLine() {
        StringWriter s = new StringWriter();
        Progress p = new Progress(new PrintWriter(s), 2, true);
        p.step(1, "a.txt");
        p.step(2, "b.txt");
        assertTrue(s.toString().startsWith("\r[############------------] 1/2 50% "), s.toString());
        assertEquals(1, s.toString().split("\n", -1).length - 1, "one line end, after the last step");
    }
}
