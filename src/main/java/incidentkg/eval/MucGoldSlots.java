package incidentkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The gold fills of the MUC-4 slots that are derived from several keys of a template. */
final class MucGoldSlots {
    static final String CLAIMED = "CLAIMED OR ADMITTED";

    private MucGoldSlots() {}

    /**
     * The human targets: one fill per {@code hum_tgt_name} filler, extended by the descriptions
     * that refer to that name alone, plus one fill per other description (unnamed victims, or a
     * description of several named targets).
     */
    static List<GoldFill> humanTargets(MucTemplate t) {
        List<GoldFill> names = t.humTargetName();
        List<List<String>> values = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        for (GoldFill name : names) {
            values.add(new ArrayList<>(name.values()));
            optional.add(name.optional());
        }
        List<GoldFill> out = new ArrayList<>();
        List<GoldFill> unattached = new ArrayList<>();
        for (GoldFill description : t.humTargetDescription()) {
            Set<Integer> named = referenced(description.ref(), names);
            if (named.size() == 1) {
                int i = named.iterator().next();
                values.get(i).addAll(description.values());
                optional.set(i, optional.get(i) && description.optional());
            } else {
                unattached.add(GoldFill.of(description.optional(), description.values()));
            }
        }
        for (int i = 0; i < names.size(); i++)
            out.add(GoldFill.of(optional.get(i), values.get(i)));
        out.addAll(unattached);
        return out;
    }

    /**
     * The claiming organizations: the {@code perp_organization_id} fillers named by the
     * {@code ref} of a {@code perp_organization_confidence} fill with CLAIMED OR ADMITTED. Such a
     * filler is optional when the filler or every claim on it is optional.
     */
    static List<GoldFill> claimedBy(MucTemplate t) {
        List<GoldFill> organizations = t.perpOrganization();
        Boolean[] claimOptional = new Boolean[organizations.size()];
        for (GoldFill confidence : t.perpOrganizationConfidence()) {
            if (!confidence.values().contains(CLAIMED))
                continue;
            for (int i : referenced(confidence.ref(), organizations))
                claimOptional[i] = (claimOptional[i] == null || claimOptional[i]) && confidence.optional();
        }
        List<GoldFill> out = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++)
            if (claimOptional[i] != null)
                out.add(GoldFill.of(organizations.get(i).optional() || claimOptional[i], organizations.get(i).values()));
        return out;
    }

    /** The country: one fill with the country of every location alternative; none without location. */
    static List<GoldFill> country(MucTemplate t) {
        List<String> countries = t.location().stream().map(LocationAlternative::country)
                .filter(Objects::nonNull).distinct().toList();
        return countries.isEmpty() ? List.of() : List.of(GoldFill.of(locationOptional(t), countries));
    }

    /** The city: one fill with every place name of every alternative; none without places. */
    static List<GoldFill> city(MucTemplate t) {
        Set<String> places = new LinkedHashSet<>();
        t.location().forEach(alt -> places.addAll(alt.places()));
        return places.isEmpty() ? List.of() : List.of(GoldFill.of(locationOptional(t), List.copyOf(places)));
    }

    /** True when every alternative of the template's date is optional. */
    static boolean dateOptional(MucTemplate t) {
        return t.date().stream().allMatch(DateAlternative::optional);
    }

    private static boolean locationOptional(MucTemplate t) {
        return t.location().stream().allMatch(LocationAlternative::optional);
    }

    /** Indexes of the fillers any of whose values equals (normalised) one of the {@code ref} strings. */
    private static Set<Integer> referenced(List<String> ref, List<GoldFill> fillers) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String r : ref) {
            String key = Normalizer.normalize(r);
            for (int i = 0; i < fillers.size(); i++)
                if (fillers.get(i).values().stream().map(Normalizer::normalize).anyMatch(key::equals))
                    out.add(i);
        }
        return out;
    }
}
