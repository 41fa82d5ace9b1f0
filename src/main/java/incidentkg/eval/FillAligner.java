package incidentkg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Scores one slot: pairs predicted values with gold fills one to one (maximum bipartite matching,
 * non-optional fills first) and counts true positives (pairs), false positives (unpaired
 * predictions) and false negatives (unpaired non-optional fills). An optional fill costs nothing
 * when missed and counts a true positive when matched.
 */
final class FillAligner {
    private FillAligner() {}

    static <P, G> SlotScore align(String slot, List<P> predicted, List<G> gold,
                                  Predicate<G> optional, BiPredicate<P, G> matches) {
        int np = predicted.size();
        int ng = gold.size();
        boolean[][] ok = new boolean[np][ng];
        for (int p = 0; p < np; p++)
            for (int g = 0; g < ng; g++)
                ok[p][g] = matches.test(predicted.get(p), gold.get(g));
        boolean[] opt = new boolean[ng];
        for (int g = 0; g < ng; g++)
            opt[g] = optional.test(gold.get(g));

        int[] owner = new int[ng];
        int[] partner = new int[np];
        Arrays.fill(owner, -1);
        Arrays.fill(partner, -1);
        for (boolean withOptional : new boolean[] {false, true})
            for (int p = 0; p < np; p++)
                if (partner[p] < 0)
                    augment(p, ok, opt, withOptional, owner, partner, new boolean[ng]);

        int tp = 0;
        int fn = 0;
        for (int g = 0; g < ng; g++) {
            if (owner[g] >= 0)
                tp++;
            else if (!opt[g])
                fn++;
        }
        return new SlotScore(slot, tp, np - tp, fn);
    }

    private static boolean augment(int p, boolean[][] ok, boolean[] opt, boolean withOptional,
                                   int[] owner, int[] partner, boolean[] seen) {
        for (int g = 0; g < owner.length; g++) {
            if (!ok[p][g] || seen[g] || (opt[g] && !withOptional))
                continue;
            seen[g] = true;
            if (owner[g] < 0 || augment(owner[g], ok, opt, withOptional, owner, partner, seen)) {
                owner[g] = p;
                partner[p] = g;
                return true;
            }
        }
        return false;
    }
}
