package incidentkg.rules;

import incidentkg.model.EntityClass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gazetteer: entities by id, and an index from names (as token sequences) to entities. Names match
 * case-sensitively; in text written in capitals they match on upper case. Demonyms ("Malian") lead to
 * their country.
 */
public final class Gazetteer {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byUpperName = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    private final int longestName;

    Gazetteer(Map<String, GazetteerEntry> entries) {
        this.byId = Map.copyOf(entries);
        int longest = 1;
        for (GazetteerEntry e : entries.values()) {
            for (String n : e.names()) {
                String key = key(n);
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                byUpperName.computeIfAbsent(key.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                longest = Math.max(longest, key.split(" ").length);
            }
            for (String d : e.demonyms())
                byDemonym.put(d, e);
        }
        this.longestName = longest;
    }

    /** Name key: tokens joined by single spaces, with spaces around hyphens and periods kept. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public Optional<GazetteerEntry> get(String id) { return Optional.ofNullable(byId.get(id)); }

    public Collection<GazetteerEntry> entries() { return byId.values(); }

    public int longestName() { return longestName; }

    /** Entities named exactly so ({@code upper}: compare in capitals, for all-caps text). */
    public List<GazetteerEntry> lookup(String name, boolean upper) {
        List<GazetteerEntry> l = upper ? byUpperName.get(key(name).toUpperCase(Locale.ROOT)) : byName.get(key(name));
        return l == null ? List.of() : l;
    }

    /** The country a demonym names ("Peruvian" gives Peru). */
    public Optional<GazetteerEntry> demonym(String word) {
        GazetteerEntry e = byDemonym.get(word);
        if (e == null)
            for (Map.Entry<String, GazetteerEntry> d : byDemonym.entrySet())
                if (d.getKey().equalsIgnoreCase(word))
                    return Optional.of(d.getValue());
        return Optional.ofNullable(e);
    }

    /** The chain of containing places, nearest first. */
    public List<GazetteerEntry> containers(GazetteerEntry place) {
        List<GazetteerEntry> out = new ArrayList<>();
        GazetteerEntry cur = place;
        while (cur.locatedIn() != null && out.size() < 10) {
            cur = byId.get(cur.locatedIn());
            if (cur == null)
                break;
            out.add(cur);
        }
        return out;
    }

    static Gazetteer load(DataSource data, List<String> files) throws java.io.IOException {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        Map<String, Tsv.Row> rows = new HashMap<>();
        for (String f : files) {
            for (Tsv.Row r : Tsv.parse(data.name(f), data.lines(f), "id", "type", "label", "aliases", "wikidata",
                                       "geonames", "dbpedia", "lat", "long", "locatedIn", "affiliatedWith",
                                       "demonyms", "checked")) {
                String id = r.get("id");
                if (!ID.matcher(id).matches())
                    throw r.error("bad id '" + id + "' (lower-case letters, digits and hyphens)");
                if (entries.containsKey(id))
                    throw r.error("duplicate id '" + id + "' (first at line " + rows.get(id).line() + " of "
                            + rows.get(id).file() + ")");
                EntityClass type;
                try {
                    type = EntityClass.parse(r.get("type"));
                } catch (IllegalArgumentException e) {
                    throw r.error("unknown type " + r.get("type"));
                }
                String qid = r.optional("wikidata");
                if (qid != null && !QID.matcher(qid).matches())
                    throw r.error("bad Wikidata id '" + qid + "'");
                String geonames = r.optional("geonames");
                if (geonames != null && !geonames.matches("[1-9][0-9]*"))
                    throw r.error("bad GeoNames id '" + geonames + "'");
                Double lat = number(r, "lat", 90), lon = number(r, "long", 180);
                if ((lat == null) != (lon == null))
                    throw r.error("lat and long go together");
                List<String> affiliations = new ArrayList<>();
                for (String a : split(r.optional("affiliatedWith")))
                    affiliations.add(a.replaceAll("@.*$", ""));
                entries.put(id, new GazetteerEntry(id, type, r.get("label"), split(r.optional("aliases")), qid,
                        geonames, r.optional("dbpedia"), lat, lon, r.optional("locatedIn"), affiliations,
                        split(r.optional("demonyms")), r.optional("checked")));
                rows.put(id, r);
            }
        }
        for (GazetteerEntry e : entries.values()) {
            Tsv.Row r = rows.get(e.id());
            if (e.locatedIn() != null && !entries.containsKey(e.locatedIn()))
                throw r.error("locatedIn names unknown id '" + e.locatedIn() + "'");
            for (String a : e.affiliatedWith())
                if (!entries.containsKey(a))
                    throw r.error("affiliatedWith names unknown id '" + a + "'");
        }
        return new Gazetteer(entries);
    }

    private static Double number(Tsv.Row r, String column, double bound) {
        String v = r.optional(column);
        if (v == null)
            return null;
        try {
            double d = Double.parseDouble(v);
            if (Math.abs(d) > bound)
                throw r.error(column + " out of range: " + v);
            return d;
        } catch (NumberFormatException e) {
            throw r.error("bad " + column + " '" + v + "'");
        }
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null)
            return out;
        for (String s : cell.split("\\|"))
            if (!s.isBlank())
                out.add(s.strip());
        return out;
    }
}
