package incidentkg.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The scores of one corpus under one {@link MatchMode}.
 *
 * @param detection incident detection: matched pairs (MUC-4) or documents (WikiEvents, on
 *        {@code has_attack})
 * @param predictedOnNegatives incidents predicted on documents without a gold incident (MUC-4:
 *        {@code relevant: false}; WikiEvents: {@code has_attack: false})
 * @param slots per slot (MUC-4) or per role (WikiEvents), micro-averaged over all documents
 * @param overall micro sum over perpetrators, targets, victims and instruments (MUC-4) or over
 *        all roles (WikiEvents)
 * @param counts accuracy of the count slots (MUC-4 only; empty for WikiEvents)
 * @param contractRoles per {@link ContractRole} (WikiEvents only; empty for MUC-4)
 */
public record Scores(SlotScore detection, int predictedOnNegatives, List<SlotScore> slots,
                     SlotScore overall, List<CountAccuracy> counts, List<SlotScore> contractRoles) {
    public Scores {
        slots = List.copyOf(slots);
        counts = List.copyOf(counts);
        contractRoles = List.copyOf(contractRoles);
    }

    /** The micro sum over the {@link ContractRole}s: the role F1 the WikiEvents target is set on. */
    public SlotScore contractOverall() {
        SlotScore sum = SlotScore.zero("overall");
        for (SlotScore s : contractRoles)
            sum = sum.plus(s);
        return sum;
    }

    /** The score of contract role {@code name}, or null. */
    public SlotScore contractRole(String name) {
        return contractRoles.stream().filter(s -> s.slot().equals(name)).findFirst().orElse(null);
    }

    /** The score of slot {@code name}, or null. */
    public SlotScore slot(String name) {
        return slots.stream().filter(s -> s.slot().equals(name)).findFirst().orElse(null);
    }

    /** The count accuracy of slot {@code name}, or null. */
    public CountAccuracy count(String name) {
        return counts.stream().filter(s -> s.slot().equals(name)).findFirst().orElse(null);
    }

    /** Mean precision over the active slots (those filled in gold or prediction at least once). */
    public double macroPrecision() {
        return macro(SlotScore::precision);
    }

    public double macroRecall() {
        return macro(SlotScore::recall);
    }

    public double macroF1() {
        return macro(SlotScore::f1);
    }

    private double macro(ToDoubleFunction<SlotScore> measure) {
        return slots.stream().filter(SlotScore::active).mapToDouble(measure).average().orElse(0);
    }
}
