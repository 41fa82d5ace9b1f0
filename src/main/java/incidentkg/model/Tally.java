package incidentkg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One reported figure: what it counts, the count and its qualifier, who is counted, who reported it and
 * through which medium, when it held, and whether the text hedges it ({@code verified} false, with the
 * hedge's words) or not (null).
 */
public record Tally(String id, String incident, TallyKind kind, long count, Qualifier qualifier, String population,
                    List<String> reportedBy, List<String> via, LocalDate asOf, Boolean verified, String hedge,
                    Span evidence, String label) {
    public Tally {
        reportedBy = List.copyOf(reportedBy);
        via = List.copyOf(via);
    }
}
