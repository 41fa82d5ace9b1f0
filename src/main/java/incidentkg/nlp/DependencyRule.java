package incidentkg.nlp;

/**
 * A Semgrex pattern over enhanced++ dependencies, read from a {@code data/rules/*.rules} file.
 * {@code relation} is the ontology term the rule supports (the file's name), {@code id} names the
 * rule as {@code file:line}, and {@code example} is a sentence the pattern must match.
 */
public record DependencyRule(String relation, String id, String pattern, String example) {}
