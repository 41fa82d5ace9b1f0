package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/killing/*.txt) through the real loader: "kill", "wound" and
 * "injure" name an incident only when a perpetrator does it ("a suicide bomber killed", "killed by militants",
 * "gunmen wounded"), not when an earthquake, a landslide, a falling tree or the police do; "others" counted after a harm verb are victims ("injuring more than 40 others"),
 * and so are those hurt "with" the dead ("four were killed, with two others wounded");
 * a suicide bomber is a suicide bombing, and what a vehicle was driven into is hit; the vehicle the
 * perpetrators came in ("a bomber on a motorcycle", "gunmen in a pickup truck") is neither target nor venue.
 * Gunmen storming a place is an armed assault, troops storming one a storming; a name that begins with a
 * venue noun ("Hotel Ivoire", "Camp Falcon") is a venue, which "the camp" names again. A number without a noun
 * that a harm verb counts ("wounding 34", "injured another 6", "2 had died", "5 more were trapped and
 * hurt") is a group of victims and a figure.
 */
class KillingRulesIT extends LoadedArticles {
    KillingRulesIT() {
        super("src/test/resources/killing", "killing-bomber", "killing-passive", "killing-earthquake",
                "killing-police", "killing-others", "killing-motorcycle", "killing-pickup", "killing-relcl", "killing-hotel", "killing-camp",
                "killing-troops", "killing-with", "killing-wound", "killing-tree", "killing-numbers");
    }

    @Test
    void aPerpetratorWhoKillsMakesAnAttack() {
        assertEquals(1, IncidentFacts.incidentLabels(store, "killing-bomber").size());
        assertTrue(labels("killing-bomber", "ikg:perpetrator").contains("suicide bomber"));
        assertTrue(labels("killing-bomber", "ikg:victim").contains("six soldiers"));
    }

    @Test
    void killedByAPerpetratorMakesAnAttack() {
        assertEquals(Set.of("militants"), labels("killing-passive", "ikg:perpetrator"));
        assertTrue(labels("killing-passive", "ikg:victim").contains("Two guards"));
    }

    @Test
    void anEarthquakeALandslideOrThePoliceKillingMakesNoIncident() {
        assertEquals(Set.of(), IncidentFacts.incidentLabels(store, "killing-earthquake"));
        assertEquals(Set.of(), IncidentFacts.incidentLabels(store, "killing-police"));
    }

    @Test
    void othersCountedAfterAHarmVerbAreVictims() {
        assertEquals(Set.of("40 others", "five people"), labels("killing-others", "ikg:victim"));
        assertEquals(Set.of("40 MoreThan"), IncidentFacts.literals(store, IncidentFacts.PREFIXES + """
                SELECT (CONCAT(STR(?n), " ", STRAFTER(STR(?q), "#")) AS ?v) WHERE {
                  ?a dcterms:identifier "killing-others" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i ikg:tally ?t . ?t ikg:tallyKind ikg:Injured ; ikg:count ?n ; ikg:qualifier ?q } }""",
                "v"));
    }

    private Set<String> classes(String article) {
        return IncidentFacts.literals(store, IncidentFacts.PREFIXES + """
                SELECT (STRAFTER(STR(?c), "#") AS ?v) WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a . GRAPH ?a { ?i a ?c } }""".formatted(article),
                "v");
    }

    @Test
    void aSuicideBomberIsABombingAndWhatHeCrashedIntoWasHitNotHisMotorcycle() {
        assertEquals(Set.of("Bombing"), classes("killing-motorcycle"));
        assertEquals(Set.of("suicide bomber"), labels("killing-motorcycle", "ikg:perpetrator"));
        assertEquals(Set.of("police patrol"), labels("killing-motorcycle", "ikg:victim"));
        assertEquals(Set.of(), labels("killing-motorcycle", "ikg:target"));
    }

    @Test
    void theVehicleThePerpetratorsCameInIsNeitherTargetNorVenue() {
        assertEquals(Set.of("bank"), labels("killing-pickup", "ikg:target"));
        assertEquals(Set.of("bank"), labels("killing-pickup", "ikg:venue"));
        // "the gunmen who attacked a bus": what they did is no vehicle they came in
        assertEquals(Set.of("bus"), labels("killing-relcl", "ikg:target"));
    }

    @Test
    void gunmenStormingAHotelIsAnArmedAssaultAtThatNamedVenue() {
        assertEquals(Set.of("ArmedAssault"), classes("killing-hotel"));
        assertEquals(Set.of("Hotel Ivoire"), labels("killing-hotel", "ikg:venue"));
        assertEquals(Set.of("gunmen"), labels("killing-hotel", "ikg:perpetrator"));
        assertEquals(Set.of("two guards"), labels("killing-hotel", "ikg:victim"));
    }

    @Test
    void troopsStormingAHouseIsAStorming() {
        assertEquals(Set.of("Storming"), classes("killing-troops"));
    }

    @Test
    void aNameBeginningWithAVenueNounIsTheVenueAndTheHeadlinesCampIsTheSame() {
        // headline "Militants attack army camp", body "attacked Camp Falcon": one incident at one venue
        assertEquals(1, IncidentFacts.incidentLabels(store, "killing-camp").size());
        assertEquals(Set.of("Camp Falcon"), labels("killing-camp", "ikg:venue"));
    }

    @Test
    void thoseWoundedWithTheDeadAreVictimsToo() {
        // "Four soldiers were killed in a blast …, with two other soldiers and a driver wounded"
        Set<String> victims = labels("killing-with", "ikg:victim");
        assertTrue(victims.containsAll(Set.of("Four soldiers", "two other soldiers", "driver")), victims.toString());
    }

    @Test
    void gunmenWhoWoundMakeAnAttackAFallingTreeDoesNot() {
        assertEquals(Set.of("gunmen"), labels("killing-wound", "ikg:perpetrator"));
        assertEquals(Set.of("three police officers"), labels("killing-wound", "ikg:victim"));
        assertEquals(Set.of(), IncidentFacts.incidentLabels(store, "killing-tree"));
    }

    @Test
    void aNumberThatAHarmVerbCountsIsAGroupOfVictimsAndAFigure() {
        // "5 more were trapped and hurt": the subject of "trapped" is the subject of "hurt" too
        assertEquals(Set.of("nine passengers", "34", "6", "2", "5"), labels("killing-numbers", "ikg:victim"));
        assertEquals(Set.of("Killed 9", "Injured 34", "Injured 6", "Killed 2", "Injured 5"), IncidentFacts.literals(store,
                IncidentFacts.PREFIXES + """
                SELECT (CONCAT(STRAFTER(STR(?k), "#"), " ", STR(?n)) AS ?v) WHERE {
                  ?a dcterms:identifier "killing-numbers" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i ikg:tally ?t . ?t ikg:tallyKind ?k ; ikg:count ?n } }""", "v"));
        // the headline's "kills nine" sums up the story's "killing nine passengers": no second group, no second figure
        assertEquals(Set.of("1"), IncidentFacts.literals(store, IncidentFacts.PREFIXES + """
                SELECT (STR(COUNT(?t)) AS ?v) WHERE {
                  ?a dcterms:identifier "killing-numbers" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i ikg:tally ?t . ?t ikg:tallyKind ikg:Killed ; ikg:count 9 } }""", "v"));
        // the buses to be replaced are counted by no harm word: no victims
        assertTrue(labels("killing-numbers", "ikg:victim").stream().noneMatch(l -> l.contains("40")));
    }
}
