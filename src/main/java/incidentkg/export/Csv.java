package incidentkg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: records end in CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, and a double quote inside it is doubled.
 */
public final class Csv {
    private Csv() {}

    public static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0)
                out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String s) {
        if (s == null)
            return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0)
            return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
