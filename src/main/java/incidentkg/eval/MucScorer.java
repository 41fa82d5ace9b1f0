package incidentkg.eval;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted incidents against a MUC-4 key as the corpus README's scoring section says.
 * <ol>
 * <li>Predictions without a MUC-4 type (demonstrations, security operations, raids, plots,
 * occupations: see {@code eval/muc-types.tsv}) are dropped; so are predictions for documents the
 * key does not list.</li>
 * <li>Per document, predictions and templates are paired by {@link IncidentMatcher}, the weight of
 * a pair being its number of matching fills (ties go to non-optional templates).</li>
 * <li>Each pair is scored slot by slot ({@link MucSlot}); an unmatched prediction counts a false
 * positive for every value it has; an unmatched template a false negative for every non-optional
 * fill, unless the template is optional.</li>
 * </ol>
 * Incident detection counts pairs as true positives, unmatched predictions as false positives and
 * unmatched non-optional templates as false negatives.
 */
public final class MucScorer {
    private final MatchMode mode;

    public MucScorer(MatchMode mode) {
        this.mode = mode;
    }

    public Scores score(List<MucGoldDocument> gold, List<PredictedIncident> predicted) {
        Map<String, List<PredictedIncident>> byDoc = PredictedIncident.byDocument(predicted, p -> !p.types().isEmpty());

        MucPairScorer pairs = new MucPairScorer(mode);
        Map<MucSlot, SlotScore> slots = new EnumMap<>(MucSlot.class);
        for (MucSlot slot : MucSlot.values())
            slots.put(slot, SlotScore.zero(slot.label()));
        Map<MucSlot, CountAccuracy> counts = new EnumMap<>(MucSlot.class);
        for (MucSlot slot : MucSlot.values())
            if (slot.isCount())
                counts.put(slot, new CountAccuracy(slot.label(), 0, 0, 0));
        SlotScore detection = SlotScore.zero("incidents");
        int onNegatives = 0;

        for (MucGoldDocument doc : gold) {
            List<PredictedIncident> preds = byDoc.getOrDefault(doc.docId(), List.of());
            List<MucTemplate> templates = doc.templates();
            if (!doc.relevant())
                onNegatives += preds.size();
            int bonusScale = templates.size() + 1;
            List<IncidentMatcher.Match> matches = IncidentMatcher.match(preds, templates, (p, t) -> {
                int fills = pairs.score(p, t).matchingFills();
                return fills == 0 ? 0 : fills * bonusScale + (t.optional() ? 0 : 1);
            });
            Set<Integer> matchedPreds = new HashSet<>();
            Set<Integer> matchedGold = new HashSet<>();
            for (IncidentMatcher.Match m : matches) {
                matchedPreds.add(m.predicted());
                matchedGold.add(m.gold());
                add(slots, counts, pairs.score(preds.get(m.predicted()), templates.get(m.gold())));
            }
            int missed = 0;
            for (int i = 0; i < preds.size(); i++)
                if (!matchedPreds.contains(i))
                    add(slots, counts, pairs.score(preds.get(i), null));
            for (int i = 0; i < templates.size(); i++)
                if (!matchedGold.contains(i) && !templates.get(i).optional()) {
                    add(slots, counts, pairs.score(null, templates.get(i)));
                    missed++;
                }
            detection = detection.plus(matches.size(), preds.size() - matches.size(), missed);
        }

        SlotScore overall = SlotScore.zero("overall");
        for (MucSlot slot : MucSlot.OVERALL)
            overall = overall.plus(slots.get(slot));
        return new Scores(detection, onNegatives, List.copyOf(slots.values()), overall, List.copyOf(counts.values()),
                List.of());
    }

    private static void add(Map<MucSlot, SlotScore> slots, Map<MucSlot, CountAccuracy> counts, MucPairScorer.PairScore pair) {
        pair.slots().forEach((slot, score) -> slots.merge(slot, score, SlotScore::plus));
        pair.counts().forEach((slot, c) -> counts.put(slot, counts.get(slot).plus(c[0], c[1], c[2])));
    }
}
