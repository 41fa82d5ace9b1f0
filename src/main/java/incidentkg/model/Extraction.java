package incidentkg.model;

import java.util.List;

/** Everything read from one article, ready to become its named graph. */
public record Extraction(Article article, List<Span> sentences, List<Entity> entities, List<Incident> incidents,
                         List<Tally> tallies, List<Claim> claims, List<Fact> facts) {
    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        incidents = List.copyOf(incidents);
        tallies = List.copyOf(tallies);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
    }
}
