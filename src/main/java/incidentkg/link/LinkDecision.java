package incidentkg.link;

import java.util.List;

/** What the scorer decided for one entity. */
public sealed interface LinkDecision {
    Unlinked entity();

    /** Accepted: one best candidate scoring at least the threshold. */
    record Linked(Unlinked entity, String item, double score, String reasons) implements LinkDecision {}

    /** Two or more candidates share the best score: left unlinked. */
    record Ambiguous(Unlinked entity, List<String> items, double score) implements LinkDecision {}

    /** No candidate, or the best one scores below the threshold: left unlinked. */
    record Unmatched(Unlinked entity, String best, double score) implements LinkDecision {}
}
