package incidentkg.eval;

/**
 * Accuracy of a count slot (killed, wounded, freed) over the matched incident pairs whose gold
 * count is non-null ({@code correct} of {@code scored}), and how many counts were predicted in
 * matched pairs whose gold count is null.
 */
public record CountAccuracy(String slot, int scored, int correct, int predictedWhereGoldNull) {
    public double accuracy() {
        return scored == 0 ? 0 : (double) correct / scored;
    }

    CountAccuracy plus(int scored, int correct, int predictedWhereGoldNull) {
        return new CountAccuracy(slot, this.scored + scored, this.correct + correct,
                this.predictedWhereGoldNull + predictedWhereGoldNull);
    }
}
