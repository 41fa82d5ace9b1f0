package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FillAlignerTest {
    static SlotScore align(List<String> predicted, List<GoldFill> gold) {
        return FillAligner.align("s", predicted, gold, GoldFill::optional, (p, g) -> g.values().contains(p));
    }

    @Test
    void eachFillerIsMatchedOnce() {
        // two predictions naming the same gold entity: one true positive, one false positive
        assertEquals(new SlotScore("s", 1, 1, 0),
                align(List.of("FRA", "RED DAWN FRONT"), List.of(GoldFill.of(false, List.of("RED DAWN FRONT", "FRA")))));
    }

    @Test
    void missedOptionalFillerCostsNothingMatchedOneCounts() {
        List<GoldFill> gold = List.of(GoldFill.of(false, List.of("GUNMEN")), GoldFill.of(true, List.of("GUARDS")));
        assertEquals(new SlotScore("s", 1, 0, 0), align(List.of("GUNMEN"), gold));
        assertEquals(new SlotScore("s", 1, 0, 1), align(List.of("GUARDS"), gold));
        assertEquals(new SlotScore("s", 2, 0, 0), align(List.of("GUARDS", "GUNMEN"), gold));
        assertEquals(new SlotScore("s", 0, 0, 1), align(List.of(), gold));
    }

    @Test
    void prefersNonOptionalFillers() {
        // "A" fits both fillers; taking the optional one would leave the non-optional one missed
        List<GoldFill> gold = List.of(GoldFill.of(true, List.of("A", "B")), GoldFill.of(false, List.of("A")));
        assertEquals(new SlotScore("s", 1, 0, 0), align(List.of("A"), gold));
    }

    @Test
    void findsTheMaximumMatching() {
        // greedy in order would give P1-G1 and leave P2 without a partner
        List<GoldFill> gold = List.of(GoldFill.of(false, List.of("X", "Y")), GoldFill.of(false, List.of("X")));
        assertEquals(new SlotScore("s", 2, 0, 0), align(List.of("Y", "X"), gold));
        assertEquals(new SlotScore("s", 2, 0, 0), align(List.of("X", "Y"), gold));
    }
}
