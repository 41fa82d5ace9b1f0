package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/targets/*.txt) through the real loader: who and what an incident hit,
 * and which incident words name the incident at all. A plural incident word without determiner speaks of incidents
 * in general, so who it hits is no victim; "other bombings" and "a state of siege" name no incident; a person's
 * titles joined by "and" are all names of that person.
 */
class TargetRulesIT extends LoadedArticles {
    private static final String PREFIXES = IncidentFacts.PREFIXES;

    TargetRulesIT() {
        super("src/test/resources/targets", "targets-generic", "targets-titles");
    }

    private Set<String> incidents(String article) {
        return IncidentFacts.incidentLabels(store, article);
    }

    private Set<String> altLabels(String article, String property) {
        return IncidentFacts.altLabels(store, article, property);
    }

    @Test
    void whoABarePluralIncidentWordHitsIsNoVictim() {
        // "murders of union leaders and attacks against police stations across the country"
        Set<String> victims = labels("targets-generic", "ikg:victim");
        assertTrue(victims.stream().noneMatch(l -> l.contains("leaders")), victims.toString());
        assertTrue(labels("targets-generic", "ikg:target").contains("bank"), labels("targets-generic", "ikg:target").toString());
    }

    @Test
    void otherBombingsAndAStateOfSiegeNameNoIncident() {
        // "other bombings in Cali last year" and "a state of siege in Cartagena" name no incident of the article
        Set<String> incidents = incidents("targets-generic");
        assertTrue(incidents.contains("Bombing at bank, Medellín (2020-03-02)"), incidents.toString());
        assertTrue(incidents.stream().noneMatch(l -> l.contains("Cali") || l.contains("Cartagena")), incidents.toString());
    }

    @Test
    void titlesJoinedByAndAreNamesOfOneVictim() {
        // "Luis Vega Soto, senator and Liberal Party presidential candidate," and later "the presidential candidate"
        Set<String> victims = labels("targets-titles", "ikg:victim");
        assertEquals(1, victims.size(), victims.toString());
        Set<String> names = new java.util.TreeSet<>(victims);
        names.addAll(altLabels("targets-titles", "ikg:victim"));
        assertTrue(names.contains("Luis Vega Soto"), names.toString());
    }
}
