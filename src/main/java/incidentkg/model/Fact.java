package incidentkg.model;

/**
 * One relation between two resources ({@code subject} and {@code object} are resource paths such as
 * "incident/…" or "person/…"), named by its ontology property's local name ("perpetrator", "locatedIn"),
 * with the span of text that supports it (null when it was inferred, not read).
 */
public record Fact(String subject, String predicate, String object, Span evidence) {}
