package incidentkg.model;

/**
 * One relation between two resources ({@code subject} and {@code object} are resource paths such as
 * "incident/…" or "person/…"), named by its ontology property's local name ("perpetrator", "locatedIn"),
 * with the span of text that supports it (null when it was inferred, not read). When {@code literal}, the
 * object is a plain string value.
 */
public record Fact(String subject, String predicate, String object, Span evidence, boolean literal) {
    public Fact(String subject, String predicate, String object, Span evidence) {
        this(subject, predicate, object, evidence, false);
    }

    /** A fact whose object is a plain literal (an instrument's name), not a resource. */
    public static Fact literal(String subject, String predicate, String value, Span evidence) {
        return new Fact(subject, predicate, value, evidence, true);
    }
}
