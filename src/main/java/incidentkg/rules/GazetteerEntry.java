package incidentkg.rules;

import incidentkg.model.EntityClass;

import java.util.List;

/**
 * One entity of the gazetteer ({@code data/gazetteer/*.tsv}): canonical label, aliases, identifiers in
 * other datasets, coordinates, containment, affiliations and, for countries, demonyms.
 */
public record GazetteerEntry(String id, EntityClass type, String label, List<String> aliases, String wikidata,
                             String geonames, String dbpedia, Double lat, Double lon, String locatedIn,
                             List<String> affiliatedWith, List<String> demonyms, String checked) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        affiliatedWith = List.copyOf(affiliatedWith);
        demonyms = List.copyOf(demonyms);
    }

    /** Every name: the label, then the aliases. */
    public List<String> names() {
        List<String> out = new java.util.ArrayList<>();
        out.add(label);
        out.addAll(aliases);
        return out;
    }
}
