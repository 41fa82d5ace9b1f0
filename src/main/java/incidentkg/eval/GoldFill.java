package incidentkg.eval;

import java.util.List;

/**
 * One fill of a gold slot: one entity of a string slot (its {@code alternatives}), one value set
 * of a set slot ({@code values}), or a cross-referenced fill with the strings it applies to
 * ({@code ref}; empty when the slot has none). Any one of {@code values} is right;
 * {@code optional} fills may be left empty.
 */
public record GoldFill(boolean optional, List<String> values, List<String> ref) {
    public GoldFill {
        values = List.copyOf(values);
        ref = List.copyOf(ref);
    }

    /** A fill without cross-reference. */
    public static GoldFill of(boolean optional, List<String> values) {
        return new GoldFill(optional, values, List.of());
    }
}
