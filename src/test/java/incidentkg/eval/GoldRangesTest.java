package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date alternatives and derived count ranges. */
class GoldRangesTest {
    static LocalDate day(int month, int day) {
        return LocalDate.of(2001, month, day);
    }

    @Test
    void onOrBeforeAcceptsTheSevenDaysUpToTo() {
        DateAlternative d = new DateAlternative("on_or_before", null, day(3, 10), false);
        assertEquals(day(3, 3), d.lowest());
        assertTrue(d.accepts(day(3, 10), day(3, 10)));
        assertTrue(d.accepts(day(3, 3), day(3, 3)));
        assertFalse(d.accepts(day(3, 2), day(3, 2)));
        assertFalse(d.accepts(day(3, 11), day(3, 11)));
    }

    @Test
    void betweenIsInclusiveAndRangesMustFitInside() {
        DateAlternative d = new DateAlternative("between", day(3, 1), day(3, 3), false);
        assertTrue(d.accepts(day(3, 1), day(3, 1)));
        assertTrue(d.accepts(day(3, 3), day(3, 3)));
        assertTrue(d.accepts(day(3, 1), day(3, 3)));
        assertFalse(d.accepts(day(2, 28), day(3, 2)));
        assertFalse(d.accepts(day(3, 1), day(3, 31)));
    }

    @Test
    void completeCountsHaveBothBounds() {
        CountRange r = new CountRange(2, 4, true);
        assertFalse(r.accepts(1));
        assertTrue(r.accepts(2));
        assertTrue(r.accepts(4));
        assertFalse(r.accepts(5));
    }

    @Test
    void incompleteCountsOnlyHaveTheLowerBound() {
        CountRange r = new CountRange(3, 3, false);
        assertFalse(r.accepts(2));
        assertTrue(r.accepts(3));
        assertTrue(r.accepts(40));
    }

    @Test
    void nullBoundsAreOpen() {
        assertTrue(new CountRange(null, 5, true).accepts(0));
        assertFalse(new CountRange(null, 5, true).accepts(6));
        assertTrue(new CountRange(2, null, true).accepts(1000));
    }
}
