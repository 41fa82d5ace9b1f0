package incidentkg.eval;

import java.util.List;
import java.util.Set;

/**
 * One incident of a MUC-4 key, with the slots the evaluation scores. Empty lists mean the key has
 * no fill. String slots hold one {@link GoldFill} per entity, its {@code values} being the
 * acceptable names; {@code perpOrganizationConfidence} and {@code humTargetDescription} carry
 * {@code ref}. Slots named in {@code notApplicable} (filled {@code *} in the key) are not scored.
 * Stage of execution, perpetrator category and the type/number/effect cross-reference slots are
 * not modelled: the contract vocabulary has no counterpart to score them against (the effects
 * are summed up in {@code counts}).
 */
public record MucTemplate(
        String id,
        boolean optional,
        List<GoldFill> incidentType,
        List<DateAlternative> date,
        List<LocationAlternative> location,
        List<GoldFill> perpIndividual,
        List<GoldFill> perpOrganization,
        List<GoldFill> perpOrganizationConfidence,
        List<GoldFill> physTarget,
        List<GoldFill> humTargetName,
        List<GoldFill> humTargetDescription,
        List<GoldFill> instrument,
        DerivedCounts counts,
        Set<String> notApplicable) {

    public MucTemplate {
        incidentType = List.copyOf(incidentType);
        date = List.copyOf(date);
        location = List.copyOf(location);
        perpIndividual = List.copyOf(perpIndividual);
        perpOrganization = List.copyOf(perpOrganization);
        perpOrganizationConfidence = List.copyOf(perpOrganizationConfidence);
        physTarget = List.copyOf(physTarget);
        humTargetName = List.copyOf(humTargetName);
        humTargetDescription = List.copyOf(humTargetDescription);
        instrument = List.copyOf(instrument);
        counts = counts == null ? DerivedCounts.NONE : counts;
        notApplicable = Set.copyOf(notApplicable);
    }
}
