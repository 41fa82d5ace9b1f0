package incidentkg.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StageTimesTest {
    @Test
    void addsStageByStage() {
        StageTimes a = new StageTimes(1, 2, 3, 4, 5, 6, 7);
        StageTimes b = new StageTimes(10, 20, 30, 40, 50, 60, 70);
        assertEquals(new StageTimes(11, 22, 33, 44, 55, 66, 77), a.plus(b));
        assertEquals(21, a.total());
        assertEquals(StageTimes.NONE.plus(a), a);
    }

    @Test
    void replacesOneStage() {
        StageTimes a = new StageTimes(1, 2, 3, 4, 5, 6, 7);
        assertEquals(new StageTimes(1, 2, 3, 4, 5, 100, 7), a.withWrite(100));
        assertEquals(new StageTimes(9, 2, 3, 4, 5, 6, 7), a.withRead(9));
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, a.stages());
        assertEquals(6, StageTimes.STAGE_NAMES.size());
    }
}
