package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/perpetrators/*.txt) through the real loader: who claims an incident
 * when the claimant's words name a part or a spokesman of a group; a described group ("the leftist group") that
 * stands for the group the article names; soldiers accused of a killing or named in "by a group of"; troops
 * that strafe; a perpetrator description that keeps the group's whole name; those who placed the devices of the
 * bombing told before; an armed group that condemns a massacre is no suspect of it.
 */
class PerpetratorRulesIT extends LoadedArticles {
    PerpetratorRulesIT() {
        super("src/test/resources/perpetrators", "perp-claim", "perp-branch", "perp-other-group", "perp-soldiers", "perp-strafing",
                "perp-devices", "perp-condemn");
    }

    @Test
    void theSourcesOfTheGroupHeadedBySomeoneClaimForTheGroupTheArticleNames() {
        // "sources of the leftist group headed by Juan Carlos Restrepo claimed": the group, which is the one named
        // earlier, claims; the man who heads it does not
        assertEquals(Set.of("National Liberation Army"), labels("perp-claim", "ikg:claimedBy"));
        Set<String> perpetrators = labels("perp-claim", "ikg:perpetrator");
        assertTrue(perpetrators.contains("National Liberation Army"), perpetrators.toString());
        assertFalse(perpetrators.contains("leftist group"), perpetrators.toString());
    }

    @Test
    void theArmedBranchOfAGroupClaimsForTheGroup() {
        assertEquals(Set.of("Medellín Cartel"), labels("perp-branch", "ikg:claimedBy"));
    }

    @Test
    void aGroupFirstNamedWithAnIndefiniteArticleIsAnotherGroup() {
        // "Sources of a leftist group claimed responsibility": not the National Liberation Army named before
        assertEquals(Set.of("leftist group"), labels("perp-other-group", "ikg:claimedBy"));
        assertFalse(labels("perp-other-group", "ikg:perpetrator").contains("National Liberation Army"),
                    labels("perp-other-group", "ikg:perpetrator").toString());
    }

    @Test
    void soldiersAccusedOfMurderingOrNamedAfterAGroupOfArePerpetratorsAndThePresidentIsNot() {
        Set<String> perpetrators = labels("perp-soldiers", "ikg:perpetrator");
        assertTrue(perpetrators.stream().anyMatch(l -> l.endsWith("soldiers")), perpetrators.toString());
        assertTrue(perpetrators.contains("eight soldiers"), perpetrators.toString());
        assertTrue(perpetrators.stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("president")),
                   perpetrators.toString());
        // the rebels named far from the killing, in a sentence whose rule says who did it, are no suspects
        assertFalse(perpetrators.contains("rebels"), perpetrators.toString());
    }

    @Test
    void troopsThatStrafeAMarketAndTheForceNamedInTheirDescriptionArePerpetrators() {
        Set<String> perpetrators = labels("perp-strafing", "ikg:perpetrator");
        assertTrue(perpetrators.stream().anyMatch(l -> l.endsWith("troops")), perpetrators.toString());
        assertTrue(perpetrators.contains("United States Army"), perpetrators.toString());
        // the force named in the victims' description is none
        assertFalse(perpetrators.contains("National Police of Colombia"), perpetrators.toString());
    }

    @Test
    void aDescriptionKeepsTheWholeNameOfItsGroup() {
        Set<String> perpetrators = labels("perp-strafing", "ikg:perpetrator");
        assertTrue(perpetrators.contains("Shining Path members"), perpetrators.toString());
        assertFalse(perpetrators.contains("Path members"), perpetrators.toString());
    }

    @Test
    void whoPlacedTheDevicesInTheNextSentenceCarriedOutTheBombingButKillersWithoutWeaponDidNot() {
        Set<String> perpetrators = labelsWhere("perp-devices", "?i a ikg:Bombing ; ikg:perpetrator ?x");
        assertTrue(perpetrators.contains("two men"), perpetrators.toString());
        assertFalse(perpetrators.stream().anyMatch(l -> l.equalsIgnoreCase("guerrillas")), perpetrators.toString());
        // "Guerrillas killed a farmer on the road to Cali": an attack of its own, not part of the bombing
        assertEquals(Set.of("farmer"), labelsWhere("perp-devices",
                "?i ikg:perpetrator ?g ; ikg:victim ?x . ?g rdfs:label ?gl FILTER (lcase(str(?gl)) = \"guerrillas\")"));
    }

    @Test
    void aGroupThatCondemnsAMassacreIsNoSuspectButOneThatAttacksIs() {
        String query = IncidentFacts.PREFIXES + """
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "perp-condemn" . ?i ikg:supportedBy ?a ; ikg:perpetrator ?g ; rdfs:label ?l .
                  ?g rdfs:label ?gl FILTER (str(?gl) = "National Movement for the Liberation of Azawad") }""";
        assertTrue(IncidentFacts.incidentLabels(store, "perp-condemn").stream().anyMatch(l -> l.contains("Kidal")),
                   IncidentFacts.incidentLabels(store, "perp-condemn").toString());
        Set<String> incidents = IncidentFacts.literals(store, query, "l");
        assertEquals(1, incidents.size(), incidents.toString());
        assertTrue(incidents.iterator().next().contains("Gao"), incidents.toString());
    }

    @Test
    void theAgentOfCarriedOutIsThePerpetrator() {
        Set<String> perpetrators = labels("perp-condemn", "ikg:perpetrator");
        assertTrue(perpetrators.stream().anyMatch(l -> l.endsWith("soldiers")), perpetrators.toString());
    }
}
