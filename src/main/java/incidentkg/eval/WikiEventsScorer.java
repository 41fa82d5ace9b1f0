package incidentkg.eval;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Scores predicted incidents against WikiEvents gold, document by document: detection on
 * {@code has_attack}, then per {@link WikiRole} the predicted entities of the document (distinct
 * form sets, pooled over its incidents) against the gold entities, each gold entity matched at
 * most once, a prediction matching when any of its forms equals any mention of the entity.
 *
 * <p>Roles from the contract vocabulary (an <em>attack</em> is an incident whose class counts as
 * a KAIROS {@code Conflict.Attack} in {@code eval/muc-types.tsv}: the ikg:Attack family, raids
 * and military operations; an incident <em>with deaths</em> has a Killed tally above 0 or a person
 * {@code ikg:killedIn} it, <em>with injuries</em> an Injured tally above 0):
 * <table>
 * <caption>WikiEvents role mapping</caption>
 * <tr><th>role</th><th>predicted from</th></tr>
 * <tr><td>attackers</td><td>{@code ikg:perpetrator} (organizations and individuals) and {@code ikg:conductedBy} of attacks</td></tr>
 * <tr><td>targets</td><td>{@code ikg:target} and {@code ikg:victim} of attacks</td></tr>
 * <tr><td>places</td><td>{@code ikg:place}, {@code ikg:venue}, {@code ikg:city}, {@code ikg:country} of attacks and of incidents with deaths or injuries</td></tr>
 * <tr><td>instruments</td><td>{@code ikg:instrument} of attacks and of incidents with deaths or injuries</td></tr>
 * <tr><td>killed</td><td>persons {@code ikg:killedIn} any incident, and {@code ikg:victim} of incidents with a Killed tally above 0</td></tr>
 * <tr><td>injured</td><td>{@code ikg:victim} of incidents with an Injured tally above 0</td></tr>
 * <tr><td>killers</td><td>{@code ikg:perpetrator} and {@code ikg:conductedBy} of incidents with deaths</td></tr>
 * <tr><td>arrested</td><td>persons {@code ikg:suspectIn} any incident (the contract has no arrest relation)</td></tr>
 * </table>
 * Detection: a document is predicted positive when it has at least one attack.
 *
 * <p>The {@link ContractRole}s are scored the same way, from the relation of the contract each stands for:
 * attacker as above; target from {@code ikg:target} of attacks; victim from {@code ikg:victim} of attacks and of
 * incidents with deaths or injuries, and persons {@code ikg:killedIn} any incident; place and instrument as above.
 */
public final class WikiEventsScorer {
    private final MatchMode mode;

    public WikiEventsScorer(MatchMode mode) {
        this.mode = mode;
    }

    public Scores score(List<WikiGoldDocument> gold, List<PredictedIncident> predicted) {
        Map<String, List<PredictedIncident>> byDoc = PredictedIncident.byDocument(predicted, p -> true);

        Map<WikiRole, SlotScore> roles = zero(WikiRole.class);
        Map<ContractRole, SlotScore> contractRoles = zero(ContractRole.class);
        SlotScore detection = SlotScore.zero("documents");
        int onNegatives = 0;
        for (WikiGoldDocument doc : gold) {
            List<PredictedIncident> incidents = byDoc.getOrDefault(doc.docId(), List.of());
            long attacks = incidents.stream().filter(PredictedIncident::conflictAttack).count();
            boolean predictedAttack = attacks > 0;
            detection = detection.plus(doc.hasAttack() && predictedAttack ? 1 : 0,
                    !doc.hasAttack() && predictedAttack ? 1 : 0,
                    doc.hasAttack() && !predictedAttack ? 1 : 0);
            if (!doc.hasAttack())
                onNegatives += (int) attacks;
            align(roles, roles(incidents), doc::entities);
            align(contractRoles, contractRoles(incidents), doc::entities);
        }
        SlotScore overall = SlotScore.zero("overall");
        for (SlotScore s : roles.values())
            overall = overall.plus(s);
        return new Scores(detection, onNegatives, List.copyOf(roles.values()), overall, List.of(),
                List.copyOf(contractRoles.values()));
    }

    private static <R extends Enum<R> & ScoredRole> Map<R, SlotScore> zero(Class<R> type) {
        Map<R, SlotScore> scores = new EnumMap<>(type);
        for (R role : type.getEnumConstants())
            scores.put(role, SlotScore.zero(role.label()));
        return scores;
    }

    /** Adds to {@code scores} each role's predicted entities of one document aligned with its gold entities. */
    private <R extends Enum<R> & ScoredRole> void align(Map<R, SlotScore> scores, Map<R, List<Set<String>>> predicted,
                                                        Function<R, List<GoldFill>> gold) {
        scores.replaceAll((role, sum) -> sum.plus(FillAligner.align(role.label(), predicted.get(role), gold.apply(role),
                GoldFill::optional, (forms, entity) -> mode.matchesAny(forms, entity.values()))));
    }

    /** The predicted entities of each role for the incidents of one document, without duplicates. */
    static Map<WikiRole, List<Set<String>>> roles(List<PredictedIncident> incidents) {
        return pooled(WikiRole.class, incidents, (p, out) -> {
            boolean attack = p.conflictAttack();
            boolean deaths = positive(p.killed()) || !p.killedPersons().isEmpty();
            boolean injuries = positive(p.wounded());
            if (attack) {
                addAll(out, WikiRole.ATTACKERS, p.perpetratorOrganizations(), p.perpetratorIndividuals(), p.conductedBy());
                addAll(out, WikiRole.TARGETS, p.physicalTargets(), p.humanTargets());
            }
            if (attack || deaths || injuries) {
                addAll(out, WikiRole.PLACES, p.places(), p.cities(), p.countries());
                addAll(out, WikiRole.INSTRUMENTS, p.instruments());
            }
            addAll(out, WikiRole.KILLED, p.killedPersons());
            if (positive(p.killed()))
                addAll(out, WikiRole.KILLED, p.humanTargets());
            if (injuries)
                addAll(out, WikiRole.INJURED, p.humanTargets());
            if (deaths)
                addAll(out, WikiRole.KILLERS, p.perpetratorOrganizations(), p.perpetratorIndividuals(), p.conductedBy());
            addAll(out, WikiRole.ARRESTED, p.suspects());
        });
    }

    /** The predicted entities of each {@link ContractRole} for the incidents of one document, without duplicates. */
    static Map<ContractRole, List<Set<String>>> contractRoles(List<PredictedIncident> incidents) {
        return pooled(ContractRole.class, incidents, (p, out) -> {
            boolean attack = p.conflictAttack();
            boolean harm = attack || positive(p.killed()) || !p.killedPersons().isEmpty() || positive(p.wounded());
            if (attack) {
                addAll(out, ContractRole.ATTACKER, p.perpetratorOrganizations(), p.perpetratorIndividuals(),
                       p.conductedBy());
                addAll(out, ContractRole.TARGET, p.physicalTargets());
            }
            if (harm) {
                addAll(out, ContractRole.VICTIM, p.humanTargets());
                addAll(out, ContractRole.PLACE, p.places(), p.cities(), p.countries());
                addAll(out, ContractRole.INSTRUMENT, p.instruments());
            }
            addAll(out, ContractRole.VICTIM, p.killedPersons());
        });
    }

    /** Each role's entities, as {@code assign} gives them incident by incident, pooled without duplicates. */
    private static <R extends Enum<R>> Map<R, List<Set<String>>> pooled(
            Class<R> type, List<PredictedIncident> incidents,
            BiConsumer<PredictedIncident, Map<R, Set<Set<String>>>> assign) {
        Map<R, Set<Set<String>>> out = new EnumMap<>(type);
        for (R role : type.getEnumConstants())
            out.put(role, new LinkedHashSet<>());
        for (PredictedIncident p : incidents)
            assign.accept(p, out);
        Map<R, List<Set<String>>> lists = new EnumMap<>(type);
        out.forEach((role, entities) -> lists.put(role, List.copyOf(entities)));
        return lists;
    }

    @SafeVarargs
    private static <R extends Enum<R>> void addAll(Map<R, Set<Set<String>>> out, R role, List<Set<String>>... entities) {
        for (List<Set<String>> list : entities)
            out.get(role).addAll(list);
    }

    private static boolean positive(Integer count) {
        return count != null && count > 0;
    }
}
