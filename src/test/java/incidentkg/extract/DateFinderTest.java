package incidentkg.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {
    @Test
    void yearsNearTheArticleDateArePlausible() {
        LocalDate reference = LocalDate.of(1990, 1, 10);
        assertTrue(DateFinder.plausibleYear(1989, reference));
        assertTrue(DateFinder.plausibleYear(1973, reference));
        assertFalse(DateFinder.plausibleYear(1600, reference));
        assertFalse(DateFinder.plausibleYear(900, reference));
    }

    @Test
    void withoutArticleDateClockTimesAreNoYears() {
        assertFalse(DateFinder.plausibleYear(900, null));
        assertFalse(DateFinder.plausibleYear(1500, null));
        assertTrue(DateFinder.plausibleYear(1989, null));
        assertTrue(DateFinder.plausibleYear(2015, null));
    }
}
