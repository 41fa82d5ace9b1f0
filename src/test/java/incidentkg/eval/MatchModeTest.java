package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchModeTest {
    @Test
    void strictNeedsEqualNormalForms() {
        assertTrue(MatchMode.STRICT.matches("the Red Dawn Front", "RED DAWN FRONT"));
        assertFalse(MatchMode.STRICT.matches("Red Dawn Front militants", "RED DAWN FRONT"));
        assertFalse(MatchMode.STRICT.matches("Pórto Vérde", "PORTO VERDE"));
        assertFalse(MatchMode.STRICT.matches("", ""));
    }

    @Test
    void relaxedAcceptsContainedGoldAndSameHead() {
        assertTrue(MatchMode.RELAXED.matches("Red Dawn Front militants", "RED DAWN FRONT"));
        assertTrue(MatchMode.RELAXED.matches("Pórto Vérde", "PORTO VERDE"));
        assertTrue(MatchMode.RELAXED.matches("members of the front", "ARMED MEMBERS OF THE RED DAWN FRONT"));
        assertFalse(MatchMode.RELAXED.matches("Red Dawn", "RED DAWN FRONT"));
        assertFalse(MatchMode.RELAXED.matches("front door", "RED DAWN FRONT OFFICE"));
    }

    @Test
    void matchesAnyFormAgainstAnyAlternative() {
        assertTrue(MatchMode.STRICT.matchesAny(Set.of("Red Dawn Front", "FRA"), List.of("FRENTE ROJO", "fra")));
        assertFalse(MatchMode.STRICT.matchesAny(Set.of("Red Dawn Front"), List.of("FRENTE ROJO", "FRA")));
    }
}
