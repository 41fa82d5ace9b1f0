package incidentkg.model;

/**
 * The incident classes of the ontology (local names in the ikg namespace), each with the family used to
 * decide whether two mentions may name the same incident.
 */
public enum IncidentClass {
    Attack(Family.ATTACK), ArmedAssault(Family.ATTACK), Bombing(Family.ATTACK), HostageTaking(Family.ATTACK),
    Kidnapping(Family.ATTACK), Assassination(Family.ATTACK), Arson(Family.ATTACK),
    SecurityOperation(Family.SECURITY), Raid(Family.SECURITY), MilitaryOperation(Family.SECURITY),
    Storming(Family.SECURITY), Manhunt(Family.SECURITY),
    Plot(Family.PLOT), Demonstration(Family.DEMONSTRATION), Occupation(Family.OCCUPATION);

    /** Incidents of different families are never the same incident. */
    public enum Family { ATTACK, SECURITY, PLOT, DEMONSTRATION, OCCUPATION }

    private final Family family;

    IncidentClass(Family family) { this.family = family; }

    public Family family() { return family; }

    /** Parses "ikg:Bombing" or "Bombing". */
    public static IncidentClass parse(String s) {
        return valueOf(s.startsWith("ikg:") ? s.substring(4) : s);
    }

    /** A readable English name: "hostage taking", "armed assault". */
    public String words() {
        return name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
