package incidentkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping from IncidentKG incident classes to MUC-4 incident types and to KAIROS
 * {@code Conflict.Attack}, read from the user-readable table {@value #RESOURCE} (tab-separated,
 * header row {@code class muc_type conflict_attack}, {@code #} comments). Bad rows fail at load:
 * {@code muc-types.tsv:14: unknown MUC-4 type BOMB}.
 */
public final class IncidentTypeMap {
    /** The classpath resource holding the default table. */
    public static final String RESOURCE = "eval/muc-types.tsv";
    static final String IKG = "https://w3id.org/incidentkg/ontology#";
    private static final String HEADER = "class\tmuc_type\tconflict_attack";
    private static final Set<String> MUC_TYPES =
            Set.of("ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY", "FORCED WORK STOPPAGE", "HIJACKING");

    /** One row: the class IRI, its MUC-4 type (null for "-") and whether it is a Conflict.Attack. */
    public record Row(String classIri, String mucType, boolean conflictAttack) {}

    /** What the table says about one incident. */
    public record Classification(Set<String> classes, Set<String> mucTypes, boolean conflictAttack) {
        public Classification {
            classes = Set.copyOf(classes);
            mucTypes = Set.copyOf(mucTypes);
        }
    }

    private final Map<String, Row> rows;

    private IncidentTypeMap(Map<String, Row> rows) {
        this.rows = rows;
    }

    /** The default table from the classpath. */
    public static IncidentTypeMap load() {
        try (InputStream in = IncidentTypeMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse("muc-types.tsv", reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the lines of a table; {@code name} is used in error messages. */
    public static IncidentTypeMap parse(String name, List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = name + ":" + (i + 1) + ": ";
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (!header) {
                if (!line.strip().equals(HEADER))
                    throw new IllegalArgumentException(where + "expected header " + HEADER.replace('\t', ' '));
                header = true;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3)
                throw new IllegalArgumentException(where + "expected 3 tab-separated columns, found " + cols.length);
            String iri = expand(cols[0].strip(), where);
            String type = cols[1].strip();
            if (!type.equals("-") && !MUC_TYPES.contains(type))
                throw new IllegalArgumentException(where + "unknown MUC-4 type " + type);
            String attack = cols[2].strip();
            if (!attack.equals("yes") && !attack.equals("no"))
                throw new IllegalArgumentException(where + "conflict_attack must be yes or no, not " + attack);
            if (rows.containsKey(iri))
                throw new IllegalArgumentException(where + "duplicate class " + cols[0].strip());
            rows.put(iri, new Row(iri, type.equals("-") ? null : type, attack.equals("yes")));
        }
        if (!header)
            throw new IllegalArgumentException(name + ": no header row");
        return new IncidentTypeMap(rows);
    }

    private static String expand(String name, String where) {
        if (name.startsWith("ikg:") && name.length() > 4)
            return IKG + name.substring(4);
        if (name.startsWith("http://") || name.startsWith("https://"))
            return name;
        throw new IllegalArgumentException(where + "class must be ikg:Name or an IRI: " + name);
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /**
     * Classifies an incident given each of its classes (asserted or inherited) with its ancestors:
     * the rows of the most specific listed classes decide.
     */
    public Classification classify(Map<String, Set<String>> ancestors) {
        Set<String> listed = new LinkedHashSet<>();
        for (String c : ancestors.keySet())
            if (rows.containsKey(c))
                listed.add(c);
        Set<String> specific = new LinkedHashSet<>();
        for (String c : listed) {
            boolean general = false;
            for (String d : listed)
                if (!d.equals(c) && ancestorsOf(ancestors, d).contains(c) && !ancestorsOf(ancestors, c).contains(d))
                    general = true;
            if (!general)
                specific.add(c);
        }
        Set<String> types = new LinkedHashSet<>();
        boolean attack = false;
        for (String c : specific) {
            Row row = rows.get(c);
            if (row.mucType() != null)
                types.add(row.mucType());
            attack |= row.conflictAttack();
        }
        return new Classification(specific, types, attack);
    }

    private static Set<String> ancestorsOf(Map<String, Set<String>> ancestors, String c) {
        Set<String> out = new HashSet<>(ancestors.getOrDefault(c, Set.of()));
        out.add(c);
        return out;
    }
}
