package incidentkg.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The incidents of the hand-made sample as a table. */
class IncidentTableTest {
    static final String I1 = Sample.RES + "incident/i1", I2 = Sample.RES + "incident/i2";

    @Test
    void oneRowPerIncidentWithHandWrittenCells() {
        List<List<String>> rows = IncidentTable.rows(Sample.dataset());
        assertEquals(List.of(
                List.of(I2, "Bombing", "Bombing, Paris, \"Le Comptoir\"", "2015-11-01", "2015-11-30", "", "", "", "",
                        "", "Islamic State", "", "", "", Sample.RES + "article/a2"),
                List.of(I1, "HostageTaking", "Hostage taking, Bamako", "2015-11-20", "2015-11-20", "Bamako", "Mali",
                        "12.65", "-8.0", "gunmen", "al-Qaeda", "at least 21; 22", "", "up to 170 (unverified)",
                        "http://example.org/news/a1; " + Sample.RES + "article/a2")),
                rows);
    }

    @Test
    void writtenAsRfc4180WithAHeader() throws Exception {
        StringWriter w = new StringWriter();
        assertEquals(2, IncidentTable.write(Sample.dataset(), w));
        String[] lines = w.toString().split("\r\n", -1);
        assertEquals(4, lines.length);
        assertEquals("id,type,label,earliest,latest,city,country,lat,long,perpetrators,claimed_by,killed,injured,hostages,sources",
                     lines[0]);
        assertEquals(I2 + ",Bombing,\"Bombing, Paris, \"\"Le Comptoir\"\"\",2015-11-01,2015-11-30,,,,,,Islamic State,,,,"
                     + Sample.RES + "article/a2", lines[1]);
        assertEquals("", lines[3]);
    }
}
