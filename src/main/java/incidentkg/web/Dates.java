package incidentkg.web;

/** Date ranges as people read them. */
final class Dates {
    private Dates() {}

    /** "2015-11-20" when both bounds are that day, "2015-03-01 – 2015-03-31" for a range, "" when unknown. */
    static String range(String earliest, String latest) {
        if (earliest == null || earliest.isEmpty())
            return latest == null ? "" : latest;
        if (latest == null || latest.isEmpty() || latest.equals(earliest))
            return earliest;
        return earliest + " – " + latest;
    }

    /** The year of an xsd:date, or "". */
    static String year(String date) {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? date.substring(0, 4) : "";
    }
}
