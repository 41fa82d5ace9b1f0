package incidentkg.eval;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the slots of one predicted incident against one gold template, either of which may be
 * missing (null): an unmatched prediction counts a false positive for every value it has, an
 * unmatched template a false negative for every non-optional fill. Slots the template marks not
 * applicable are left out.
 */
final class MucPairScorer {
    private final MatchMode mode;

    MucPairScorer(MatchMode mode) {
        this.mode = mode;
    }

    /** Slot scores of a pair, plus per count slot {scored, correct, predictedWhereGoldNull}. */
    record PairScore(Map<MucSlot, SlotScore> slots, Map<MucSlot, int[]> counts) {
        /** The number of matching fills: the pair's weight. */
        int matchingFills() {
            return slots.values().stream().mapToInt(SlotScore::tp).sum();
        }
    }

    PairScore score(PredictedIncident p, MucTemplate t) {
        Map<MucSlot, SlotScore> slots = new EnumMap<>(MucSlot.class);
        Map<MucSlot, int[]> counts = new EnumMap<>(MucSlot.class);
        for (MucSlot slot : MucSlot.values()) {
            if (t != null && slot.notApplicable(t))
                continue;
            if (slot.isCount())
                slots.put(slot, count(slot, p, t, counts));
            else
                slots.put(slot, fills(slot, p, t));
        }
        return new PairScore(slots, counts);
    }

    private SlotScore fills(MucSlot slot, PredictedIncident p, MucTemplate t) {
        String name = slot.label();
        return switch (slot) {
            case INCIDENT_TYPE -> FillAligner.align(name,
                    p == null ? List.<String>of() : List.copyOf(p.types()),
                    t == null ? List.<GoldFill>of() : t.incidentType(),
                    GoldFill::optional,
                    (type, fill) -> fill.values().stream().map(Normalizer::normalize).anyMatch(Normalizer.normalize(type)::equals));
            case DATE -> FillAligner.align(name,
                    p != null && p.hasDate() ? List.of(p) : List.<PredictedIncident>of(),
                    t != null && !t.date().isEmpty() ? List.of(t) : List.<MucTemplate>of(),
                    MucGoldSlots::dateOptional,
                    (pi, ti) -> ti.date().stream().anyMatch(d -> d.accepts(first(pi), last(pi))));
            case COUNTRY -> entities(name, p, PredictedIncident::countries, t, MucGoldSlots::country);
            case CITY -> entities(name, p, PredictedIncident::cities, t, MucGoldSlots::city);
            case PERP_INDIVIDUAL -> entities(name, p, PredictedIncident::perpetratorIndividuals, t, MucTemplate::perpIndividual);
            case PERP_ORGANIZATION -> entities(name, p, PredictedIncident::perpetratorOrganizations, t, MucTemplate::perpOrganization);
            case CLAIMED_BY -> entities(name, p, PredictedIncident::claimedBy, t, MucGoldSlots::claimedBy);
            case PHYS_TARGET -> entities(name, p, PredictedIncident::physicalTargets, t, MucTemplate::physTarget);
            case HUM_TARGET -> entities(name, p, PredictedIncident::humanTargets, t, MucGoldSlots::humanTargets);
            case INSTRUMENT -> entities(name, p, PredictedIncident::instruments, t, MucTemplate::instrument);
            default -> throw new IllegalArgumentException(slot.toString());
        };
    }

    private SlotScore entities(String name, PredictedIncident p, Function<PredictedIncident, List<Set<String>>> predicted,
                               MucTemplate t, Function<MucTemplate, List<GoldFill>> gold) {
        return FillAligner.align(name,
                p == null ? List.of() : predicted.apply(p),
                t == null ? List.of() : gold.apply(t),
                GoldFill::optional,
                (forms, fill) -> mode.matchesAny(forms, fill.values()));
    }

    private static SlotScore count(MucSlot slot, PredictedIncident p, MucTemplate t, Map<MucSlot, int[]> stats) {
        Integer value = p == null ? null : switch (slot) {
            case KILLED -> p.killed();
            case WOUNDED -> p.wounded();
            default -> p.freed();
        };
        CountRange range = t == null ? null : switch (slot) {
            case KILLED -> t.counts().killed();
            case WOUNDED -> t.counts().wounded();
            default -> t.counts().freed();
        };
        if (t != null && range == null) {
            // a matched or missed template without this count: not scored
            if (p != null && value != null)
                stats.put(slot, new int[] {0, 0, 1});
            return SlotScore.zero(slot.label());
        }
        SlotScore score = FillAligner.align(slot.label(),
                value == null ? List.<Integer>of() : List.of(value),
                range == null ? List.<CountRange>of() : List.of(range),
                r -> false,
                (v, r) -> r.accepts(v));
        if (p != null && t != null)
            stats.put(slot, new int[] {1, score.tp(), 0});
        return score;
    }

    private static LocalDate first(PredictedIncident p) {
        return p.earliest() != null ? p.earliest() : p.latest();
    }

    private static LocalDate last(PredictedIncident p) {
        return p.latest() != null ? p.latest() : p.earliest();
    }
}
