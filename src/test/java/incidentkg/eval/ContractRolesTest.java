package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WikiEvents score on the contract's five roles, on the invented {@code wiki-contract/gold.jsonl}: a gunmen's
 * attack on a town hall and its mayor (a person, so a victim), a guard killed, the mayor and a clerk wounded.
 */
class ContractRolesTest {
    @Test
    void aPersonTargetedIsAVictimAndABuildingATarget() {
        assertTrue(ContractRole.VICTIM.covers("Conflict.Attack.FirearmAttack", "Target", "PER"));
        assertFalse(ContractRole.TARGET.covers("Conflict.Attack.FirearmAttack", "Target", "PER"));
        assertTrue(ContractRole.TARGET.covers("Conflict.Attack.FirearmAttack", "Target", "FAC"));
        assertFalse(ContractRole.VICTIM.covers("Conflict.Attack.FirearmAttack", "Target", "FAC"));
        assertTrue(ContractRole.TARGET.covers("Conflict.Attack.Unspecified", "Target", null));
        assertTrue(ContractRole.VICTIM.covers("Life.Die.Unspecified", "Victim", "PER"));
        assertTrue(ContractRole.VICTIM.covers("Life.Injure.Unspecified", "Victim", "PER"));
        assertTrue(ContractRole.PLACE.covers("Life.Die.Unspecified", "Place", "GPE"));
        assertFalse(ContractRole.PLACE.covers("Justice.ArrestJailDetain.Unspecified", "Place", "GPE"));
        assertTrue(ContractRole.INSTRUMENT.covers("Conflict.Attack.DetonateExplode", "ExplosiveDevice", "WEA"));
        assertFalse(ContractRole.ATTACKER.covers("Life.Die.Unspecified", "Killer", "PER"));
    }

    @Test
    void goldEntitiesPerRole() throws IOException {
        WikiGoldDocument doc = GoldReader.read(Path.of("src/test/resources/eval/wiki-contract/gold.jsonl"))
                .wikiEvents().get(0);
        assertEquals(1, doc.entities(ContractRole.ATTACKER).size());
        assertEquals(List.of("the town hall"), doc.entities(ContractRole.TARGET).get(0).values());
        // the mayor (attack target and wounded: one entity), the guard, the clerk
        assertEquals(3, doc.entities(ContractRole.VICTIM).size());
        assertEquals(1, doc.entities(ContractRole.PLACE).size());
        assertEquals(1, doc.entities(ContractRole.INSTRUMENT).size());
    }

    @Test
    void scoresPerRole() throws IOException {
        GoldCorpus gold = GoldReader.read(Path.of("src/test/resources/eval/wiki-contract/gold.jsonl"));
        List<PredictedIncident> predicted = List.of(
                PredictedIncident.builder("wiki_contract_1", "shooting").types("ATTACK").conflictAttack(true)
                        .perpetratorIndividual("the gunmen")       // attacker tp
                        .physicalTarget("the town hall")           // target tp
                        .humanTarget("Ilse Varn")                  // victim tp (the mayor)
                        .humanTarget("a guard")                    // victim tp
                        .city("Port Lo")                           // place tp
                        .country("Varnia")                         // place fp
                        .instrument("rifles")                      // instrument tp
                        .wounded(2)
                        .build(),
                // neither an attack nor deaths nor injuries: its clerk and town hall count for no role
                PredictedIncident.builder("wiki_contract_1", "protest").humanTarget("a clerk")
                        .physicalTarget("the town hall").build());
        Scores s = new WikiEventsScorer(MatchMode.STRICT).score(gold.wikiEvents(), predicted);
        assertEquals(new SlotScore("attacker", 1, 0, 0), s.contractRole("attacker"));
        assertEquals(new SlotScore("target", 1, 0, 0), s.contractRole("target"));
        assertEquals(new SlotScore("victim", 2, 0, 1), s.contractRole("victim"));
        assertEquals(new SlotScore("place", 1, 1, 0), s.contractRole("place"));
        assertEquals(new SlotScore("instrument", 1, 0, 0), s.contractRole("instrument"));
        assertEquals(new SlotScore("overall", 6, 1, 1), s.contractOverall());
        assertEquals(6.0 / 7, s.contractOverall().precision(), 1e-9);
    }
}
