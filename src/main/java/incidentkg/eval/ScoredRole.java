package incidentkg.eval;

/** A role scored on WikiEvents, by the name it has in reports. */
interface ScoredRole {
    /** The role's name in reports. */
    String label();
}
