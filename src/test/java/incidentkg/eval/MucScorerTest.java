package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invented key {@code muc-corpus/gold.jsonl} against hand-made predictions; every expected
 * number is worked out by hand in the comments.
 */
class MucScorerTest {
    static final double EPS = 1e-9;
    static Scores scores;

    @BeforeAll
    static void score() throws IOException {
        GoldCorpus gold = GoldReader.read(Path.of("src/test/resources/eval/muc-corpus/gold.jsonl"));
        scores = new MucScorer(MatchMode.STRICT).score(gold.muc(), predictions());
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2001, month, day);
    }

    static List<PredictedIncident> predictions() {
        return List.of(
                // P1 -> TEST-0001 template 1 (BOMBING)
                PredictedIncident.builder("TEST-0001", "p1").types("BOMBING")
                        .date(day(3, 6))                         // on_or_before 03-10: 03-03..03-10, tp
                        .country("Elbonia").city("Porto Verde")  // tp, tp
                        .perpetratorOrganization("Red Dawn Front", "the FRA")
                        .perpetratorIndividual("commandos")      // tp
                        .perpetratorIndividual("Mario Rossi")    // fp
                        .claimedBy("FRA")                        // tp via the CLAIMED OR ADMITTED ref
                        .physicalTarget("power station")         // tp; optional GUARDS missed: free
                        .instrument("bomb")                      // gold DYNAMITE: fp + fn
                        .wounded(3)                              // gold 2..2: fp + fn
                        .build(),
                // P2 -> TEST-0001 template 2 (KIDNAPPING)
                PredictedIncident.builder("TEST-0001", "p2").types("KIDNAPPING")
                        .date(day(3, 4))                         // outside 03-01..03-03: fp + fn
                        .country("Elbonia")                      // tp
                        .city("Porto Verde")                     // gold has no place: fp
                        .perpetratorOrganization("Red Dawn Front") // tp
                        .claimedBy("Red Dawn Front")             // only suspected: fp
                        .humanTarget("Johan Merkel", "the mayor") // tp (name and description are one target)
                        .instrument("rifle")                     // not applicable: ignored
                        .freed(1)                                // tp
                        .killed(2)                               // gold null: counted apart
                        .build(),
                // P3: its best partners are taken -> unmatched: fp for its type and country
                PredictedIncident.builder("TEST-0001", "p3").types("ATTACK").country("Elbonia").build(),
                // P4 -> TEST-0002 template 1 (optional ATTACK)
                PredictedIncident.builder("TEST-0002", "p4").types("ATTACK")
                        .date(day(4, 2)).country("Osterlich")    // tp, tp
                        .humanTarget("villagers")                 // tp (an optional filler, matched)
                        .killed(5)                               // complete=false, min 3: tp
                        .build(),
                // TEST-0002 template 2 (ARSON) is missed: fn for type, country, city, phys_target
                // P5: irrelevant document: fp for type, country, perp_organization, killed
                PredictedIncident.builder("TEST-0003", "p5").types("BOMBING").country("Elbonia")
                        .perpetratorOrganization("Red Dawn Front").killed(1).build(),
                // P6: a demonstration has no MUC-4 type: dropped
                PredictedIncident.builder("TEST-0003", "p6").classes("https://w3id.org/incidentkg/ontology#Demonstration")
                        .country("Elbonia").build());
    }

    static void assertSlot(String slot, int tp, int fp, int fn) {
        assertEquals(new SlotScore(slot, tp, fp, fn), scores.slot(slot));
    }

    @Test
    void detection() {
        // pairs P1, P2, P4 (the optional template, matched, counts); P3 and P5 unmatched; ARSON missed
        assertEquals(new SlotScore("incidents", 3, 2, 1), scores.detection());
        assertEquals(0.6, scores.detection().precision(), EPS);
        assertEquals(0.75, scores.detection().recall(), EPS);
        assertEquals(2.0 / 3, scores.detection().f1(), EPS);
        assertEquals(1, scores.predictedOnNegatives());
    }

    @Test
    void setAndLocationSlots() {
        assertSlot("incident_type", 3, 2, 1);
        assertSlot("date", 2, 1, 1);
        assertSlot("country", 3, 2, 1);
        assertSlot("city", 1, 1, 1);
        assertSlot("claimed_by", 1, 1, 0);
    }

    @Test
    void stringSlots() {
        assertSlot("perp_individual", 1, 1, 0);
        assertSlot("perp_organization", 2, 1, 0);
        assertSlot("phys_target", 1, 0, 1);
        assertSlot("hum_target", 2, 0, 0);
        assertSlot("instrument", 0, 1, 1);
    }

    @Test
    void counts() {
        assertSlot("killed", 1, 1, 0);
        assertSlot("wounded", 0, 1, 1);
        assertSlot("freed", 1, 0, 0);
        assertEquals(new CountAccuracy("killed", 1, 1, 1), scores.count("killed"));
        assertEquals(new CountAccuracy("wounded", 1, 0, 0), scores.count("wounded"));
        assertEquals(0.0, scores.count("wounded").accuracy(), EPS);
        assertEquals(new CountAccuracy("freed", 1, 1, 0), scores.count("freed"));
    }

    @Test
    void overallAndMacro() {
        // perp_individual 1/1/0 + perp_organization 2/1/0 + phys_target 1/0/1 + hum_target 2/0/0 + instrument 0/1/1
        assertEquals(new SlotScore("overall", 6, 3, 2), scores.overall());
        assertEquals(12.0 / 17, scores.overall().f1(), EPS);
        // F1 per slot: 2/3 for incident_type, date, country, perp_individual, claimed_by, phys_target, killed;
        // city 1/2, perp_organization 4/5, hum_target 1, instrument 0, wounded 0, freed 1
        assertEquals((7 * 2.0 / 3 + 0.5 + 0.8 + 1 + 0 + 0 + 1) / 13, scores.macroF1(), EPS);
    }

    @Test
    void noPredictionsGiveOnlyFalseNegatives() throws IOException {
        GoldCorpus gold = GoldReader.read(Path.of("src/test/resources/eval/muc-corpus/gold.jsonl"));
        Scores none = new MucScorer(MatchMode.STRICT).score(gold.muc(), List.of());
        // the optional template costs nothing; optional fillers (GUARDS, ARSONISTS) neither
        assertEquals(new SlotScore("incidents", 0, 0, 3), none.detection());
        assertEquals(new SlotScore("hum_target", 0, 0, 1), none.slot("hum_target"));
        assertEquals(new SlotScore("perp_individual", 0, 0, 1), none.slot("perp_individual"));
        // instrument: DYNAMITE only; the kidnapping's instrument is not applicable
        assertEquals(new SlotScore("instrument", 0, 0, 1), none.slot("instrument"));
        assertEquals(new SlotScore("city", 0, 0, 2), none.slot("city"));
    }
}
