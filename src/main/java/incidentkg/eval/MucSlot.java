package incidentkg.eval;

import java.util.List;
import java.util.Set;

/**
 * The slots MUC-4 scoring reports, with the gold keys that make a slot not applicable when the
 * key fills them with {@code *}. {@link #HUM_TARGET} merges {@code hum_tgt_name} and
 * {@code hum_tgt_description} (a description that refers to one name is another way to name that
 * target); {@link #CLAIMED_BY} is {@code perp_organization_id} restricted to organizations whose
 * confidence is CLAIMED OR ADMITTED; killed, wounded and freed are compared with
 * {@code derived_counts}.
 */
public enum MucSlot {
    INCIDENT_TYPE("incident_type", "incident_type"),
    DATE("date", "date"),
    COUNTRY("country", "location"),
    CITY("city", "location"),
    PERP_INDIVIDUAL("perp_individual", "perp_individual_id"),
    PERP_ORGANIZATION("perp_organization", "perp_organization_id"),
    CLAIMED_BY("claimed_by", "perp_organization_id", "perp_organization_confidence"),
    PHYS_TARGET("phys_target", "phys_tgt_id"),
    HUM_TARGET("hum_target", "hum_tgt_name", "hum_tgt_description"),
    INSTRUMENT("instrument", "instrument_id"),
    KILLED("killed", "hum_tgt_effect"),
    WOUNDED("wounded", "hum_tgt_effect"),
    FREED("freed", "hum_tgt_effect");

    /** The slots summed into the "overall slot F1": perpetrators, targets, victims, instruments. */
    public static final Set<MucSlot> OVERALL = Set.of(PERP_INDIVIDUAL, PERP_ORGANIZATION, PHYS_TARGET, HUM_TARGET, INSTRUMENT);

    private final String label;
    private final List<String> goldKeys;

    MucSlot(String label, String... goldKeys) {
        this.label = label;
        this.goldKeys = List.of(goldKeys);
    }

    /** The slot's name in reports. */
    public String label() {
        return label;
    }

    /** True for killed, wounded and freed. */
    public boolean isCount() {
        return this == KILLED || this == WOUNDED || this == FREED;
    }

    /** True when the template marks one of this slot's keys not applicable. */
    public boolean notApplicable(MucTemplate template) {
        return goldKeys.stream().anyMatch(template.notApplicable()::contains);
    }
}
