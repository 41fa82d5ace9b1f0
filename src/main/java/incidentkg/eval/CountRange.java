package incidentkg.eval;

/**
 * A derived gold count ({@code derived_counts.killed} ...): {@code min} null counts as 0,
 * {@code max} null means unbounded, and with {@code complete} false only {@code min} applies.
 */
public record CountRange(Integer min, Integer max, boolean complete) {
    /** True when {@code value} lies in the accepted range. */
    public boolean accepts(int value) {
        if (value < (min == null ? 0 : min))
            return false;
        return !complete || max == null || value <= max;
    }
}
