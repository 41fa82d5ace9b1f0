package incidentkg.model;

/** The classes of participants and places (local names in the ikg namespace). */
public enum EntityClass {
    Person("person"), PersonGroup("group"), Organization("organization"), ArmedGroup("organization"),
    SecurityForce("organization"), GovernmentBody("organization"), Company("organization"),
    NewsOrganization("organization"), Place("place"), Country("place"), Region("place"), City("place"),
    Venue("place");

    private final String segment;

    EntityClass(String segment) { this.segment = segment; }

    /** The IRI segment of resources of this class: person, group, organization or place. */
    public String segment() { return segment; }

    public boolean isPlace() { return segment.equals("place"); }

    public boolean isOrganization() { return segment.equals("organization"); }

    public boolean isAgent() { return !isPlace(); }

    public static EntityClass parse(String s) {
        return valueOf(s.startsWith("ikg:") ? s.substring(4) : s);
    }
}
