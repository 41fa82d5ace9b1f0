package incidentkg.model;

import java.util.List;

/** A claim of responsibility: who claimed which incident, who reported it, and whether it is hedged. */
public record Claim(String id, String incident, String claimant, List<String> reportedBy, Boolean verified,
                    String hedge, Span evidence) {
    public Claim {
        reportedBy = List.copyOf(reportedBy);
    }
}
