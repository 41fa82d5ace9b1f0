package incidentkg.eval;

import java.util.List;

/**
 * A WikiEvents summary role: which argument roles of which event types make it up, as the corpus
 * README defines the {@code summary} field.
 */
public enum WikiRole implements ScoredRole {
    ATTACKERS("attackers", List.of("Conflict.Attack"), List.of("Attacker")),
    TARGETS("targets", List.of("Conflict.Attack"), List.of("Target")),
    PLACES("places", List.of("Conflict.Attack", "Life.Die", "Life.Injure"), List.of("Place")),
    INSTRUMENTS("instruments", List.of("Conflict.Attack", "Life.Die", "Life.Injure"),
            List.of("Instrument", "ExplosiveDevice")),
    KILLED("killed", List.of("Life.Die"), List.of("Victim")),
    INJURED("injured", List.of("Life.Injure"), List.of("Victim")),
    KILLERS("killers", List.of("Life.Die"), List.of("Killer")),
    ARRESTED("arrested", List.of(""), List.of("Detainee"));

    private final String label;
    private final List<String> eventTypePrefixes;
    private final List<String> argumentRoles;

    WikiRole(String label, List<String> eventTypePrefixes, List<String> argumentRoles) {
        this.label = label;
        this.eventTypePrefixes = eventTypePrefixes;
        this.argumentRoles = argumentRoles;
    }

    /** The role's name in the {@code summary} field and in reports. */
    @Override
    public String label() {
        return label;
    }

    /** True when an argument with {@code role} of an event of {@code eventType} belongs to this role. */
    public boolean covers(String eventType, String role) {
        return argumentRoles.contains(role) && eventTypePrefixes.stream().anyMatch(eventType::startsWith);
    }
}
