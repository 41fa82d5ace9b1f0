package incidentkg.eval;

import java.util.List;

/**
 * The five roles the WikiEvents score is asked for (attacker, target, victim, place, instrument), each the gold
 * counterpart of a relation of the contract: {@code ikg:perpetrator}, {@code ikg:target}, {@code ikg:victim},
 * {@code ikg:place} and {@code ikg:instrument}. The contract tells a physical target from a human one (as MUC-4's
 * physical and human target slots do), and KAIROS does not: the {@code Target} of a {@code Conflict.Attack} is a
 * target here unless its entity is a person ({@code PER}), and a victim if it is one, as is every {@code Victim}
 * of a {@code Life.Die} or {@code Life.Injure} event.
 */
public enum ContractRole implements ScoredRole {
    ATTACKER("attacker"),
    TARGET("target"),
    VICTIM("victim"),
    PLACE("place"),
    INSTRUMENT("instrument");

    private static final String ATTACK = "Conflict.Attack";
    private static final List<String> HARM = List.of("Conflict.Attack", "Life.Die", "Life.Injure");

    private final String label;

    ContractRole(String label) {
        this.label = label;
    }

    /** The role's name in reports. */
    @Override
    public String label() {
        return label;
    }

    /**
     * True when an argument with {@code role} of an event of {@code eventType}, whose entity has type
     * {@code entityType} (may be null), belongs to this role.
     */
    public boolean covers(String eventType, String role, String entityType) {
        boolean attack = eventType.startsWith(ATTACK);
        boolean harm = HARM.stream().anyMatch(eventType::startsWith);
        boolean person = "PER".equals(entityType);
        return switch (this) {
            case ATTACKER -> attack && role.equals("Attacker");
            case TARGET -> attack && role.equals("Target") && !person;
            case VICTIM -> attack && role.equals("Target") && person || !attack && harm && role.equals("Victim");
            case PLACE -> harm && role.equals("Place");
            case INSTRUMENT -> harm && (role.equals("Instrument") || role.equals("ExplosiveDevice"));
        };
    }
}
