package incidentkg.model;

/** What a reported figure counts (local names of the ikg tally-kind concepts). */
public enum TallyKind {
    Killed, Injured, Hostages, Released, AccountedFor, Remaining, Arrested, Missing;

    public static TallyKind parse(String s) { return valueOf(s.startsWith("ikg:") ? s.substring(4) : s); }

    /** Whether the people this kind counts are victims of the incident: the killed, hurt, held or freed. */
    public boolean countsVictims() {
        return this == Killed || this == Injured || this == Hostages || this == Released;
    }
}
