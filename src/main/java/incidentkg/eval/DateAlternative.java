package incidentkg.eval;

import java.time.LocalDate;

/**
 * One acceptable incident date of a MUC-4 key. {@code kind} is {@code on}, {@code between} or
 * {@code on_or_before}; {@code from} is null for {@code on_or_before} (the key only knows the
 * incident precedes {@code to}).
 */
public record DateAlternative(String kind, LocalDate from, LocalDate to, boolean optional) {
    /** Days before {@code to} accepted for an {@code on_or_before} date (the README's 7-day rule). */
    public static final int ON_OR_BEFORE_DAYS = 7;

    /** The lowest accepted day: {@code from}, or {@code to} minus 7 days when there is no {@code from}. */
    public LocalDate lowest() {
        if (from != null)
            return from;
        return to == null ? null : to.minusDays(ON_OR_BEFORE_DAYS);
    }

    /** True when every day of {@code [earliest, latest]} lies inside the accepted range. */
    public boolean accepts(LocalDate earliest, LocalDate latest) {
        LocalDate low = lowest();
        if (low != null && earliest.isBefore(low))
            return false;
        return to == null || !latest.isAfter(to);
    }
}
