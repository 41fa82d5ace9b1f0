package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/nearmiss/*.txt) through the real loader: words that sit next to an
 * incident without being part of it. A town's name that begins a street's name ("Kidal Road") is not the town
 * of the incident; what a meeting is held at is no target; the protesters of a demonstration are no armed
 * group's fighters; a noun of several words is also named by its last ("bombers" of "suicide bombers"); and in a
 * list of the arrested, the husband a woman is described by ("wife of the writer Luis Vega") was not arrested; a
 * vehicle is what an incident hit, not its venue; a group noun next to an armed group's name is that group.
 */
class NearMissRulesIT extends LoadedArticles {
    NearMissRulesIT() {
        super("src/test/resources/nearmiss", "nearmiss-road", "nearmiss-town", "nearmiss-meeting", "nearmiss-protest",
                "nearmiss-bombers", "nearmiss-arrests", "nearmiss-convoy", "nearmiss-group", "nearmiss-east");
    }

    /** The labels and other names of what the incidents of {@code article} have in {@code property}. */
    private Set<String> names(String article, String property) {
        Set<String> out = new TreeSet<>(labels(article, property));
        out.addAll(IncidentFacts.altLabels(store, article, property));
        return out;
    }

    /** The labels of what the incidents of {@code article} of class {@code cls} have in {@code property}. */
    private Set<String> labelsOf(String article, String cls, String property) {
        return labelsWhere(article, "?i a " + cls + " ; " + property + " ?x");
    }

    @Test
    void aTownNamingAStreetIsNotTheTownOfTheIncident() {
        // "A bomb exploded on Kidal Road in Gao": the town is Gao; Kidal only names the road
        assertEquals(Set.of("Gao"), labels("nearmiss-road", "ikg:city"));
        assertTrue(labels("nearmiss-road", "ikg:place").contains("Kidal Road"), labels("nearmiss-road", "ikg:place").toString());
    }

    @Test
    void aTownBeforeAPlainStreetNounStaysTheTown() {
        // "on a busy Kidal street": a street of Kidal
        assertEquals(Set.of("Kidal"), labels("nearmiss-town", "ikg:city"));
    }

    @Test
    void whatAMeetingIsHeldAtIsNoTarget() {
        // "after an emergency meeting at the Grand Palace hotel ... condemned the bombing"
        Set<String> targets = labels("nearmiss-meeting", "ikg:target");
        assertTrue(targets.contains("police station"), targets.toString());
        assertFalse(targets.stream().anyMatch(t -> t.contains("Grand Palace")), targets.toString());
    }

    @Test
    void theProtestersOfADemonstrationAreNoArmedGroupsFighters() {
        Set<String> attack = labelsOf("nearmiss-protest", "ikg:Attack", "ikg:perpetrator");
        assertTrue(attack.contains("Revolutionary Armed Forces of Colombia"), attack.toString());
        Set<String> demonstration = labelsOf("nearmiss-protest", "ikg:Demonstration", "ikg:perpetrator");
        assertFalse(demonstration.contains("Revolutionary Armed Forces of Colombia"), demonstration.toString());
    }

    @Test
    void aNounOfSeveralWordsIsAlsoNamedByItsLast() {
        Set<String> perpetrators = names("nearmiss-bombers", "ikg:perpetrator");
        assertTrue(perpetrators.contains("suicide bombers") && perpetrators.contains("bombers"), perpetrators.toString());
        // a named venue keeps its name: "Grand Palace hotel" is not also "hotel"
        Set<String> venues = names("nearmiss-bombers", "ikg:venue");
        assertFalse(venues.contains("hotel"), venues.toString());
    }

    @Test
    void aNameInTheDescriptionOfAnArrestedPersonWasNotArrested() {
        Set<String> suspects = labelsWhere("nearmiss-arrests", "?x ikg:suspectIn ?i");
        assertTrue(suspects.containsAll(Set.of("Ana Ruiz", "Pedro Diaz")), suspects.toString());
        assertTrue(suspects.stream().anyMatch(p -> p.startsWith("Rosa")), suspects.toString());
        assertFalse(suspects.contains("Luis Vega"), suspects.toString());
    }

    @Test
    void aVehicleIsATargetButNoVenue() {
        // "A roadside bomb exploded under an army convoy in Gao"
        assertTrue(labels("nearmiss-convoy", "ikg:target").stream().anyMatch(t -> t.contains("convoy")),
                   labels("nearmiss-convoy", "ikg:target").toString());
        assertEquals(Set.of(), labels("nearmiss-convoy", "ikg:venue"));
        assertEquals(Set.of("Gao"), labels("nearmiss-convoy", "ikg:place"));
        // a building stays the venue: "bombed the police station in Gao"
        assertTrue(labels("nearmiss-meeting", "ikg:venue").contains("police station"),
                   labels("nearmiss-meeting", "ikg:venue").toString());
    }

    @Test
    void aGroupNounNextToAnArmedGroupsNameIsThatGroup() {
        // "the "Islamic State" militant group carried out the attack": one perpetrator, not two
        Set<String> gao = labelsWhere("nearmiss-group",
                "?i ikg:city <https://w3id.org/incidentkg/resource/place/gao> ; ikg:perpetrator ?x");
        assertTrue(gao.contains("Islamic State"), gao.toString());
        assertFalse(gao.stream().anyMatch(p -> p.contains("militant group")), gao.toString());
        // a group noun with no name next to it stays a group of its own: "an Islamist group attacked"
        Set<String> all = labels("nearmiss-group", "ikg:perpetrator");
        assertTrue(all.stream().anyMatch(p -> p.contains("Islamist group")), all.toString());
    }

    @Test
    void aWordTaggedLikeTheTownNextToItIsNoTownOfItsOwn() {
        // "raided several homes in east London": the town is London, "east" is no town; Gao stays a town
        Set<String> cities = labels("nearmiss-east", "ikg:city");
        assertTrue(cities.contains("London") && cities.contains("Gao"), cities.toString());
        assertFalse(cities.stream().anyMatch(c -> c.equalsIgnoreCase("east")), cities.toString());
    }
}
