package incidentkg.model;

/** How far an incident got. */
public enum Stage {
    Accomplished, Attempted, Thwarted, Threatened;

    public static Stage parse(String s) { return valueOf(s.startsWith("ikg:") ? s.substring(4) : s); }
}
