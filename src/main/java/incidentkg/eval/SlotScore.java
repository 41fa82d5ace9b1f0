package incidentkg.eval;

/**
 * True positives, false positives and false negatives of one slot (or role, or of incident
 * detection), with precision, recall and F1. A ratio with a zero denominator is 0.
 */
public record SlotScore(String slot, int tp, int fp, int fn) {
    public static SlotScore zero(String slot) {
        return new SlotScore(slot, 0, 0, 0);
    }

    /** The sum of this and {@code other}, under this slot's name. */
    public SlotScore plus(SlotScore other) {
        return new SlotScore(slot, tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public SlotScore plus(int tp, int fp, int fn) {
        return new SlotScore(slot, this.tp + tp, this.fp + fp, this.fn + fn);
    }

    /** The same counts under another name. */
    public SlotScore named(String name) {
        return new SlotScore(name, tp, fp, fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** True when the slot was filled at least once, in gold or prediction. */
    public boolean active() {
        return tp + fp + fn > 0;
    }
}
