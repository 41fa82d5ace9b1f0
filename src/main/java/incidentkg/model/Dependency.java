package incidentkg.model;

/** A typed dependency between two tokens of a sentence (indexes into the sentence's tokens). */
public record Dependency(String relation, int governor, int dependent) {}
