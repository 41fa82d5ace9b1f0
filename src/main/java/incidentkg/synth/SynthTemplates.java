package incidentkg.synth;

import incidentkg.rules.DataException;
import incidentkg.rules.DataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase templates and word lists of {@code data/synth/templates.txt}: sections in brackets, one
 * alternative a line; {@code key = value} lines in the {@code [settings]} and {@code [focus]} sections.
 */
public final class SynthTemplates {
    /** The file, relative to the data folder. */
    public static final String FILE = "synth/templates.txt";

    private static final List<String> REQUIRED = List.of("settings", "qualifiers", "sources", "dateline", "headline",
            "teaser", "lead", "tally", "hostages", "hedge", "claim", "claim-hedge", "blame", "background", "caption",
            "credit", "given-names", "family-names", "focus-lead", "focus-operator", "focus-raid", "focus");

    private final Map<String, List<String>> sections;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final String name;

    private SynthTemplates(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** The templates shipped in the jar. */
    public static SynthTemplates bundled() {
        return load(DataSource.bundled());
    }

    public static SynthTemplates load(DataSource data) {
        List<String> lines;
        try {
            lines = data.lines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(data.name(FILE) + ": cannot read: " + e.getMessage(), e);
        }
        return parse(data.name(FILE), lines);
    }

    /** Parses the lines of a templates file named {@code name} (for errors). */
    public static SynthTemplates parse(String name, List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        SynthTemplates t = new SynthTemplates(name, sections);
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (line.startsWith("[")) {
                if (!line.strip().endsWith("]"))
                    throw new DataException(name, i + 1, "section header without ']': " + line.strip());
                section = line.strip().substring(1, line.strip().length() - 1);
                if (sections.containsKey(section))
                    throw new DataException(name, i + 1, "section [" + section + "] appears twice");
                sections.put(section, new ArrayList<>());
                continue;
            }
            if (section == null)
                throw new DataException(name, i + 1, "text before the first [section]");
            if (section.equals("settings") || section.equals("focus")) {
                int eq = line.indexOf('=');
                if (eq < 0)
                    throw new DataException(name, i + 1, "want 'key = value' in [" + section + "]");
                t.settings.put(section + "." + line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
            sections.get(section).add(line);
        }
        for (String s : REQUIRED)
            if (!sections.containsKey(s) || sections.get(s).isEmpty())
                throw new DataException(name, lines.size(), "missing or empty section [" + s + "]");
        return t;
    }

    /** The alternatives of a section. */
    public List<String> section(String section) {
        List<String> s = sections.get(section);
        if (s == null)
            throw new DataException(name, 0, "no section [" + section + "]");
        return s;
    }

    /** A setting ("settings.types", "focus.city"). */
    public String setting(String key) {
        String v = settings.get(key);
        if (v == null)
            throw new DataException(name, 0, "missing setting '" + key.substring(key.indexOf('.') + 1) + "' in ["
                    + key.substring(0, key.indexOf('.')) + "]");
        return v;
    }

    /** The file's name, for errors. */
    public String name() { return name; }
}
