package incidentkg.model;

/** How a reported figure is qualified ("up to 170" is UpTo). */
public enum Qualifier {
    Exact, UpTo, AtLeast, MoreThan, Approximately;

    public static Qualifier parse(String s) { return valueOf(s.startsWith("ikg:") ? s.substring(4) : s); }
}
