package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written news articles (src/test/resources/news/*.txt) through the real loader: a story's lead is not the
 * attack its last paragraph recalls, and a headline is read after the story; a group counted among the dead
 * is a victim, not the perpetrator.
 */
class NewsRolesIT extends LoadedArticles {
    NewsRolesIT() {
        super("src/test/resources/news", "news-recalled", "news-counted");
    }

    private Set<String> incidents(String article) {
        return IncidentFacts.incidentLabels(store, article);
    }

    /** The counts of the tallies of {@code kind} of the incidents of {@code article} in {@code city}. */
    private Set<String> counts(String article, String city, String kind) {
        return IncidentFacts.literals(store, IncidentFacts.PREFIXES + """
                SELECT DISTINCT ?n WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i ikg:city ?c ; ikg:tally ?t . ?t ikg:tallyKind ikg:%s ; ikg:count ?n }
                  ?c rdfs:label ?l FILTER (str(?l) = "%s") }""".formatted(article, kind, city), "n");
    }

    @Test
    void theLeadIsNotTheAttackItsLastParagraphRecalls() {
        assertEquals(2, incidents("news-recalled").size(), incidents("news-recalled").toString());
        assertEquals(Set.of("5"), counts("news-recalled", "Kidal", "Killed"));
        assertEquals(Set.of(), counts("news-recalled", "Kidal", "Injured"));
    }

    @Test
    void aGroupCountedAmongTheDeadIsAVictimNotThePerpetrator() {
        Set<String> perpetrators = labels("news-counted", "ikg:perpetrator");
        assertTrue(perpetrators.contains("insurgents"), perpetrators.toString());
        assertFalse(perpetrators.stream().anyMatch(p -> p.contains("fighters")), perpetrators.toString());
        assertTrue(labels("news-counted", "ikg:victim").stream().anyMatch(v -> v.contains("fighters")),
                   labels("news-counted", "ikg:victim").toString());
    }
}
