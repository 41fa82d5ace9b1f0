package incidentkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Aligns the predicted incidents of one document with its gold incidents one to one so that the
 * summed weight (for MUC-4: the number of matching slot fills) is maximal, by the Hungarian
 * method. Pairs of weight 0 are never made: a pair must share at least one matching fill.
 */
public final class IncidentMatcher {
    private IncidentMatcher() {}

    /** A pair: indexes into the predicted and the gold list, and its weight. */
    public record Match(int predicted, int gold, int weight) {}

    /**
     * The optimal pairs, ordered by predicted index. {@code weight} must not be negative.
     */
    public static <P, G> List<Match> match(List<P> predicted, List<G> gold, ToIntBiFunction<P, G> weight) {
        int np = predicted.size();
        int ng = gold.size();
        List<Match> out = new ArrayList<>();
        if (np == 0 || ng == 0)
            return out;
        int[][] w = new int[np][ng];
        long max = 0;
        for (int p = 0; p < np; p++)
            for (int g = 0; g < ng; g++) {
                w[p][g] = weight.applyAsInt(predicted.get(p), gold.get(g));
                if (w[p][g] < 0)
                    throw new IllegalArgumentException("negative weight " + w[p][g]);
                max = Math.max(max, w[p][g]);
            }
        int n = Math.max(np, ng);
        long[][] cost = new long[n + 1][n + 1];
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= n; j++)
                cost[i][j] = max - (i <= np && j <= ng ? w[i - 1][j - 1] : 0);
        int[] rowOfColumn = hungarian(cost, n);
        for (int j = 1; j <= n; j++) {
            int i = rowOfColumn[j];
            if (i >= 1 && i <= np && j <= ng && w[i - 1][j - 1] > 0)
                out.add(new Match(i - 1, j - 1, w[i - 1][j - 1]));
        }
        out.sort((a, b) -> Integer.compare(a.predicted(), b.predicted()));
        return out;
    }

    /** Minimum-cost assignment of a 1-based n x n matrix; returns the row assigned to each column. */
    private static int[] hungarian(long[][] a, int n) {
        final long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, inf);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (used[j])
                        continue;
                    long cur = a[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return p;
    }
}
