package incidentkg.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Scores and decisions, with hand-computed scores. */
class LinkScorerTest {
    static final String MALI = LinkVocab.wd("Q912"), FRANCE = LinkVocab.wd("Q142");
    static final Unlinked TOWN = new Unlinked("https://w3id.org/incidentkg/resource/place/town", "https://w3id.org/incidentkg/ontology#City",
                                              "Town", Set.of(), MALI);
    static final Unlinked NOWHERE = new Unlinked("https://w3id.org/incidentkg/resource/place/town", "https://w3id.org/incidentkg/ontology#City",
                                                 "Town", Set.of(), null);
    final LinkScorer scorer = new LinkScorer(0.7);

    static Candidate c(String q, Candidate.Match m, double w, String... countries) {
        return new Candidate(LinkVocab.wd(q), m, w, Set.of(countries));
    }

    @Test
    void labelTypeCountryAndUniquenessMakeOne() {
        LinkDecision d = scorer.decide(TOWN, List.of(c("Q1", Candidate.Match.LABEL, 1, MALI)));
        LinkDecision.Linked l = assertInstanceOf(LinkDecision.Linked.class, d);
        assertEquals(LinkVocab.wd("Q1"), l.item());
        assertEquals(1.0, l.score());
        assertEquals("label match, type, country agrees, unique", l.reasons());
    }

    @Test
    void aSecondUntypedCandidateDoesNotTakeUniquenessAway() {
        // 0.5 + 0.3 + 0.1 + 0.1 against 0.5 (label only)
        LinkDecision d = scorer.decide(TOWN, List.of(c("Q1", Candidate.Match.LABEL, 1, MALI),
                                                     c("Q2", Candidate.Match.LABEL, 0)));
        assertEquals(1.0, assertInstanceOf(LinkDecision.Linked.class, d).score());
    }

    @Test
    void equalBestScoresAreAmbiguous() {
        LinkDecision d = scorer.decide(NOWHERE, List.of(c("Q2", Candidate.Match.LABEL, 1), c("Q1", Candidate.Match.LABEL, 1)));
        LinkDecision.Ambiguous a = assertInstanceOf(LinkDecision.Ambiguous.class, d);
        assertEquals(List.of(LinkVocab.wd("Q1"), LinkVocab.wd("Q2")), a.items());
        assertEquals(0.8, a.score());
    }

    @Test
    void countryBreaksATie() {
        // Q1: 0.5 + 0.3 + 0.1 = 0.9; Q2: 0.5 + 0.3 - 0.3 = 0.5
        LinkDecision d = scorer.decide(TOWN, List.of(c("Q1", Candidate.Match.LABEL, 1, MALI),
                                                     c("Q2", Candidate.Match.LABEL, 1, FRANCE)));
        LinkDecision.Linked l = assertInstanceOf(LinkDecision.Linked.class, d);
        assertEquals(LinkVocab.wd("Q1"), l.item());
        assertEquals(0.9, l.score());
    }

    @Test
    void aNameAloneIsNotEnough() {
        LinkDecision d = scorer.decide(TOWN, List.of(c("Q1", Candidate.Match.LABEL, 0, MALI)));
        LinkDecision.Unmatched u = assertInstanceOf(LinkDecision.Unmatched.class, d);
        assertEquals(LinkVocab.wd("Q1"), u.best());
        assertEquals(0.6, u.score());
        assertInstanceOf(LinkDecision.Unmatched.class, scorer.decide(TOWN, List.of()));
    }

    @Test
    void aliasWithABroaderTypeScoresLess() {
        // 0.4 + 0.3 * 0.5 + 0.1 (unique) = 0.65 < 0.7; the entity's country is unknown
        LinkDecision d = scorer.decide(NOWHERE, List.of(c("Q1", Candidate.Match.ALIAS, 0.5)));
        assertEquals(0.65, assertInstanceOf(LinkDecision.Unmatched.class, d).score());
        LinkDecision lower = new LinkScorer(0.6).decide(NOWHERE, List.of(c("Q1", Candidate.Match.ALIAS, 0.5)));
        assertEquals("alias match, broader type, unique", assertInstanceOf(LinkDecision.Linked.class, lower).reasons());
    }

    @Test
    void thresholdMustBeAScore() {
        assertThrows(IllegalArgumentException.class, () -> new LinkScorer(0));
        assertThrows(IllegalArgumentException.class, () -> new LinkScorer(1.5));
    }
}
