package incidentkg.link;

import java.util.Set;

/**
 * A Wikidata item found for an entity: how its names matched, the weight of the best compatible class it
 * is an instance of (0 when none), and its countries ({@code wdt:P17}).
 */
public record Candidate(String item, Match match, double classWeight, Set<String> countries) {
    /** How the names matched, best first. */
    public enum Match {
        /** The entity's label is the item's English label. */
        LABEL(0.5, "label"),
        /** The entity's label is one of the item's English aliases. */
        ALIAS(0.4, "alias"),
        /** One of the entity's other names is the item's English label. */
        ALT_LABEL(0.3, "other name");

        final double score;
        final String description;

        Match(double score, String description) {
            this.score = score;
            this.description = description;
        }
    }

    public Candidate {
        countries = Set.copyOf(countries);
    }
}
