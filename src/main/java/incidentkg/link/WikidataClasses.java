package incidentkg.link;

import incidentkg.rdf.IKG;
import incidentkg.rules.DataSource;
import incidentkg.rules.Tsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Wikidata classes compatible with each IncidentKG class, read from {@code data/link/wikidata-classes.tsv}:
 * class IRI → (Wikidata class IRI → weight). Only entities of a listed class are reconciled.
 */
public final class WikidataClasses {
    /** The table, relative to the data folder. */
    public static final String FILE = "link/wikidata-classes.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<String, Map<String, Double>> byClass;

    private WikidataClasses(Map<String, Map<String, Double>> byClass) {
        this.byClass = byClass;
    }

    /** The table in the jar's {@code data/}. */
    public static WikidataClasses bundled() {
        return load(DataSource.bundled());
    }

    /**
     * Reads and checks the table.
     *
     * @throws incidentkg.rules.DataException naming the file and line of a bad row
     */
    public static WikidataClasses load(DataSource data) {
        List<Tsv.Row> rows;
        try {
            rows = Tsv.parse(data.name(FILE), data.lines(FILE), "ikgClass", "wikidata", "weight", "source");
        } catch (IOException e) {
            throw new UncheckedIOException(data.name(FILE) + ": " + e.getMessage(), e);
        }
        Map<String, Map<String, Double>> map = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            String cls = r.get("ikgClass");
            if (!cls.matches("ikg:[A-Z][A-Za-z]*"))
                throw r.error("ikgClass must be ikg:ClassName, found '" + cls + "'");
            String qid = r.get("wikidata");
            if (!QID.matcher(qid).matches())
                throw r.error("wikidata must be a Q-ID, found '" + qid + "'");
            double w;
            try {
                w = Double.parseDouble(r.get("weight"));
            } catch (NumberFormatException e) {
                throw r.error("weight is not a number: '" + r.get("weight") + "'");
            }
            if (!(w > 0 && w <= 1))
                throw r.error("weight must be in (0, 1], found " + w);
            if (r.optional("source") == null)
                throw r.error("no source for " + qid);
            Map<String, Double> classes = map.computeIfAbsent(IKG.NS + cls.substring(4), k -> new LinkedHashMap<>());
            if (classes.put(LinkVocab.wd(qid), w) != null)
                throw r.error(qid + " listed twice for " + cls);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new WikidataClasses(Collections.unmodifiableMap(map));
    }

    /** The IncidentKG classes that are reconciled (full IRIs). */
    public Set<String> ikgClasses() {
        return byClass.keySet();
    }

    /** Wikidata class IRI → weight for an IncidentKG class IRI; empty when the class is not reconciled. */
    public Map<String, Double> compatible(String ikgClass) {
        return byClass.getOrDefault(ikgClass, Map.of());
    }
}
