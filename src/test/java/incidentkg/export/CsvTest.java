package incidentkg.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 quoting. */
class CsvTest {
    @Test
    void plainFieldsAreLeftAlone() throws Exception {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, List.of("a", "b c", "", "12.5"));
        assertEquals("a,b c,,12.5\r\n", w.toString());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() throws Exception {
        StringWriter w = new StringWriter();
        Csv.writeRecord(w, Arrays.asList("x, y", "say \"hi\"", "two\nlines", "cr\rhere", null));
        assertEquals("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n", w.toString());
    }
}
