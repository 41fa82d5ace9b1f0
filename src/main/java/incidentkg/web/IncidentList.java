package incidentkg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The incidents of {@code incidents.rq}, one entry each with its types, countries and groups. */
final class IncidentList {
    /** One incident; the maps go from IRI to label. */
    record Entry(String iri, String label, String classLabel, String earliest, String latest,
                 Map<String, String> types, Map<String, String> countries, Map<String, String> groups) {
        String year() {
            return Dates.year(earliest);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    IncidentList(List<Row> rows) {
        for (Row r : rows) {
            Entry e = entries.computeIfAbsent(r.str("incident"), k -> new Entry(k, r.str("label"),
                    r.has("classLabel") ? r.str("classLabel") : Links.localName(r.str("class")),
                    r.str("earliest"), r.str("latest"), new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
            if (r.has("type"))
                e.types().put(r.str("type"), r.has("typeLabel") ? r.str("typeLabel") : Links.localName(r.str("type")));
            if (r.has("country"))
                e.countries().put(r.str("country"), r.has("countryLabel") ? r.str("countryLabel") : Links.localName(r.str("country")));
            if (r.has("group"))
                e.groups().put(r.str("group"), r.has("groupLabel") ? r.str("groupLabel") : Links.localName(r.str("group")));
        }
    }

    Collection<Entry> all() {
        return entries.values();
    }

    /** The incidents that pass every non-empty filter (IRIs for country, type and group; a year). */
    List<Entry> filter(String country, String type, String year, String group) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!country.isEmpty() && !e.countries().containsKey(country))
                continue;
            if (!type.isEmpty() && !e.types().containsKey(type))
                continue;
            if (!year.isEmpty() && !e.year().equals(year))
                continue;
            if (!group.isEmpty() && !e.groups().containsKey(group))
                continue;
            out.add(e);
        }
        return out;
    }
}
