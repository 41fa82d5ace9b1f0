package incidentkg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An incident of an article: its most specific class, a readable label, the bounds of the day it began
 * ({@code dayKnown} when both are that day), its stage, and the spans that mention it. Its participants and
 * places are {@link Fact}s.
 */
public record Incident(String id, IncidentClass cls, String label, LocalDate earliest, LocalDate latest,
                       boolean dayKnown, Stage stage, List<Span> evidence) {
    public Incident {
        evidence = List.copyOf(evidence);
    }
}
