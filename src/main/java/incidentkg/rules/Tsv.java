package incidentkg.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's TSV files: UTF-8, {@code #} comment lines and blank lines ignored, one header row,
 * then rows with exactly the header's number of columns.
 */
public final class Tsv {
    /** One row: its cells by column name, and where it came from. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null)
                throw new DataException(file, line, "no column '" + column + "'");
            return v.strip();
        }

        /** The cell, or null when empty or "-". */
        public String optional(String column) {
            String v = cells.containsKey(column) ? cells.get(column).strip() : "";
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        public DataException error(String problem) {
            return new DataException(file, line, problem);
        }
    }

    private Tsv() {}

    public static List<Row> parse(String file, List<String> lines, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                for (String c : requiredColumns)
                    if (!List.of(header).contains(c))
                        throw new DataException(file, i + 1, "header lacks column '" + c + "'");
                continue;
            }
            if (cells.length != header.length)
                throw new DataException(file, i + 1, "expected " + header.length + " tab-separated columns, found "
                        + cells.length);
            Map<String, String> map = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++)
                map.put(header[c], cells[c]);
            rows.add(new Row(file, i + 1, map));
        }
        if (header == null)
            throw new DataException(file, 1, "no header row");
        return rows;
    }
}
