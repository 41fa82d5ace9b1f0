package incidentkg.eval;

/** The {@code derived_counts} of a MUC-4 template; each is null when the key has no such target. */
public record DerivedCounts(CountRange killed, CountRange wounded, CountRange freed) {
    public static final DerivedCounts NONE = new DerivedCounts(null, null, null);
}
