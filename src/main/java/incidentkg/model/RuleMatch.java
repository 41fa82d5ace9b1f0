package incidentkg.model;

import java.util.Map;

/** A match of a dependency rule: the rule's relation, the sentence, and its named nodes (token indexes). */
public record RuleMatch(String relation, String ruleId, int sentence, Map<String, Integer> nodes) {
    public RuleMatch {
        nodes = Map.copyOf(nodes);
    }
}
