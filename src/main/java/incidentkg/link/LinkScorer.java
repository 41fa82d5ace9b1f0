package incidentkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores the candidates of an entity and decides. A candidate's score, from 0 to 1, adds:
 * <ul>
 * <li>names: 0.5 when the entity's label is the item's label, 0.4 when it is an alias, 0.3 when another
 *     name of the entity is the item's label;</li>
 * <li>type: 0.3 times the weight of the best compatible class the item is an instance of (0 when none);</li>
 * <li>country: +0.1 when the entity's country is among the item's {@code wdt:P17}, −0.3 when the item has
 *     countries and the entity's is not among them, 0 when either is unknown;</li>
 * <li>uniqueness: +0.1 when it is the only candidate of a compatible type.</li>
 * </ul>
 * The best candidate is accepted when it scores at least the threshold (default 0.7, which a name match
 * without a compatible type never reaches) and no other candidate has the same score: equal best scores
 * are ambiguous and stay unlinked.
 */
public final class LinkScorer {
    /** The default acceptance threshold. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    private static final double TYPE = 0.3, COUNTRY_AGREES = 0.1, COUNTRY_DISAGREES = -0.3, UNIQUE = 0.1;
    private static final double EPSILON = 1e-9;

    private final double threshold;

    public LinkScorer(double threshold) {
        if (!(threshold > 0 && threshold <= 1))
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        this.threshold = threshold;
    }

    /** A scored candidate and why it scored so. */
    record Scored(Candidate candidate, double score, String reasons) {}

    public LinkDecision decide(Unlinked e, List<Candidate> candidates) {
        long typed = candidates.stream().filter(c -> c.classWeight() > 0).count();
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates)
            scored.add(score(e, c, typed == 1 && c.classWeight() > 0));
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.candidate().item()));
        if (scored.isEmpty())
            return new LinkDecision.Unmatched(e, null, 0);
        Scored best = scored.get(0);
        List<String> tied = scored.stream().filter(s -> Math.abs(s.score() - best.score()) < EPSILON)
                                  .map(s -> s.candidate().item()).toList();
        if (best.score() + EPSILON < threshold)
            return new LinkDecision.Unmatched(e, best.candidate().item(), round(best.score()));
        if (tied.size() > 1)
            return new LinkDecision.Ambiguous(e, tied, round(best.score()));
        return new LinkDecision.Linked(e, best.candidate().item(), round(best.score()), best.reasons());
    }

    Scored score(Unlinked e, Candidate c, boolean unique) {
        double s = c.match().score;
        List<String> why = new ArrayList<>();
        why.add(c.match().description + " match");
        if (c.classWeight() > 0) {
            s += TYPE * c.classWeight();
            why.add(c.classWeight() >= 1 ? "type" : "broader type");
        } else {
            why.add("no compatible type");
        }
        if (e.country() != null && !c.countries().isEmpty()) {
            boolean agrees = c.countries().contains(e.country());
            s += agrees ? COUNTRY_AGREES : COUNTRY_DISAGREES;
            why.add(agrees ? "country agrees" : "country disagrees");
        }
        if (unique) {
            s += UNIQUE;
            why.add("unique");
        }
        return new Scored(c, Math.max(0, Math.min(1, s)), String.join(", ", why));
    }

    static double round(double d) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", d));
    }

    public double threshold() {
        return threshold;
    }
}
