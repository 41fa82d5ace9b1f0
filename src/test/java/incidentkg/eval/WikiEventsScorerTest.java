package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invented {@code wiki-corpus/gold.jsonl} against hand-made predictions. */
class WikiEventsScorerTest {
    static final double EPS = 1e-9;
    static GoldCorpus gold;
    static Scores scores;

    @BeforeAll
    static void score() throws IOException {
        gold = GoldReader.read(Path.of("src/test/resources/eval/wiki-corpus/gold.jsonl"));
        scores = new WikiEventsScorer(MatchMode.STRICT).score(gold.wikiEvents(), predictions());
    }

    static List<PredictedIncident> predictions() {
        return List.of(
                PredictedIncident.builder("wiki_test_1", "bombing").types("BOMBING").conflictAttack(true)
                        .perpetratorOrganization("Night Owls", "Night Owls Brigade") // attackers tp, killers tp
                        .physicalTarget("checkpoint")                            // targets tp
                        .humanTarget("two guards")                               // targets fp, killed tp
                        .country("Varnia")                                       // places tp
                        .city("Port Lo")                                         // places fp
                        .instrument("car bomb")                                  // instruments tp
                        .killed(2)
                        .killedPerson("Mira Kessel")                             // killed tp
                        .suspect("the driver", "Tomas Brel")                     // arrested tp
                        .build(),
                // not an attack, no deaths: contributes to no role
                PredictedIncident.builder("wiki_test_1", "march").perpetratorIndividual("protesters").build(),
                // an attack predicted on the negative document: detection fp, attackers fp
                PredictedIncident.builder("wiki_test_2", "false-alarm").conflictAttack(true)
                        .perpetratorIndividual("Ana Vold").build());
        // injured: the passer-by is missed: fn
    }

    @Test
    void detectionOnHasAttack() {
        assertEquals(new SlotScore("documents", 1, 1, 0), scores.detection());
        assertEquals(1, scores.predictedOnNegatives());
    }

    @Test
    void perRole() {
        assertEquals(new SlotScore("attackers", 1, 1, 0), scores.slot("attackers"));
        assertEquals(new SlotScore("targets", 1, 1, 0), scores.slot("targets"));
        assertEquals(new SlotScore("places", 1, 1, 0), scores.slot("places"));
        assertEquals(new SlotScore("instruments", 1, 0, 0), scores.slot("instruments"));
        assertEquals(new SlotScore("killed", 2, 0, 0), scores.slot("killed"));
        assertEquals(new SlotScore("injured", 0, 0, 1), scores.slot("injured"));
        assertEquals(new SlotScore("killers", 1, 0, 0), scores.slot("killers"));
        assertEquals(new SlotScore("arrested", 1, 0, 0), scores.slot("arrested"));
        assertEquals(new SlotScore("overall", 8, 3, 1), scores.overall());
        assertEquals(8.0 / 11, scores.overall().precision(), EPS);
        assertEquals(8.0 / 9, scores.overall().recall(), EPS);
        // F1: attackers, targets, places 2/3; instruments, killed, killers, arrested 1; injured 0
        assertEquals((3 * 2.0 / 3 + 4) / 8, scores.macroF1(), EPS);
    }

    @Test
    void eachGoldEntityIsMatchedOnce() {
        // two predicted entities, both naming the attackers: one tp, one fp
        List<PredictedIncident> twice = List.of(PredictedIncident.builder("wiki_test_1", "x").conflictAttack(true)
                .perpetratorOrganization("the group").perpetratorIndividual("Night Owls").build());
        Scores s = new WikiEventsScorer(MatchMode.STRICT).score(gold.wikiEvents(), twice);
        assertEquals(new SlotScore("attackers", 1, 1, 0), s.slot("attackers"));
    }

    @Test
    void rolesPoolIncidentsWithoutDuplicates() {
        List<PredictedIncident> two = List.of(
                PredictedIncident.builder("d", "a").conflictAttack(true).country("Varnia").build(),
                PredictedIncident.builder("d", "b").wounded(3).country("Varnia").humanTarget("a passer-by").build());
        var roles = WikiEventsScorer.roles(two);
        assertEquals(List.of(Set.of("Varnia")), roles.get(WikiRole.PLACES));
        assertEquals(List.of(Set.of("a passer-by")), roles.get(WikiRole.INJURED));
        assertEquals(List.of(), roles.get(WikiRole.TARGETS));
    }
}
