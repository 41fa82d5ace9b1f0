package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import incidentkg.eval.IncidentMatcher.Match;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentMatcherTest {
    /** An invented template or prediction: a type and a set of fills. */
    record T(String type, Set<String> fills) {}

    static int shared(T p, T g) {
        int n = p.type().equals(g.type()) ? 1 : 0;
        for (String f : p.fills())
            if (g.fills().contains(f))
                n++;
        return n;
    }

    @Test
    void maximisesTheSumNotTheFirstPair() {
        List<T> gold = List.of(new T("BOMBING", Set.of("ELBONIA", "FRA", "POWER STATION")),
                new T("KIDNAPPING", Set.of("ELBONIA", "MAYOR")));
        List<T> predicted = List.of(new T("KIDNAPPING", Set.of("ELBONIA", "FRA", "POWER STATION")),
                new T("BOMBING", Set.of("FRA")));
        // greedy on the heaviest pair would take p0-g0 (3) and leave p1 alone (p1-g1 = 0)
        // weights: p0g0=3 p0g1=2 p1g0=2 p1g1=0 -> best sum is p0-g1 + p1-g0 = 4 > 3
        assertEquals(List.of(new Match(0, 1, 2), new Match(1, 0, 2)),
                IncidentMatcher.match(predicted, gold, IncidentMatcherTest::shared));
    }

    @Test
    void neverPairsWithoutAMatchingFill() {
        List<T> gold = List.of(new T("ARSON", Set.of("TOWN HALL")));
        List<T> predicted = List.of(new T("BOMBING", Set.of("ELBONIA")), new T("ARSON", Set.of()));
        assertEquals(List.of(new Match(1, 0, 1)), IncidentMatcher.match(predicted, gold, IncidentMatcherTest::shared));
        assertEquals(List.of(), IncidentMatcher.match(List.of(new T("BOMBING", Set.of())), gold, IncidentMatcherTest::shared));
    }

    @Test
    void moreGoldThanPredictions() {
        List<T> gold = List.of(new T("ATTACK", Set.of("A")), new T("BOMBING", Set.of("B")), new T("ATTACK", Set.of("C")));
        List<T> predicted = List.of(new T("ATTACK", Set.of("C")));
        assertEquals(List.of(new Match(0, 2, 2)), IncidentMatcher.match(predicted, gold, IncidentMatcherTest::shared));
        assertEquals(List.of(), IncidentMatcher.match(List.<T>of(), gold, IncidentMatcherTest::shared));
    }
}
