package incidentkg.web;

import incidentkg.rdf.IKG;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of {@code facts.rq} grouped by property. */
final class Facts {
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String DCT = "http://purl.org/dc/terms/";

    private final Map<String, List<Row>> byProperty = new LinkedHashMap<>();

    Facts(List<Row> rows) {
        for (Row r : rows)
            byProperty.computeIfAbsent(r.str("p"), k -> new ArrayList<>()).add(r);
    }

    List<Row> rows(String property) {
        return byProperty.getOrDefault(property, List.of());
    }

    /** The first value's IRI or lexical form, or "". */
    String first(String property) {
        List<Row> rows = rows(property);
        return rows.isEmpty() ? "" : rows.get(0).str("o");
    }

    /** The distinct values (IRIs or lexical forms). */
    List<String> values(String property) {
        List<String> out = new ArrayList<>();
        for (Row r : rows(property))
            if (!out.contains(r.str("o")))
                out.add(r.str("o"));
        return out;
    }

    String label(String iri) {
        String l = first(RDFS + "label");
        if (l.isEmpty())
            l = first(DCT + "title");
        return l.isEmpty() ? Links.localName(iri) : l;
    }

    /** The labels of the resource's IncidentKG classes, e.g. "Hostage taking". */
    List<String> classLabels() {
        List<String> out = new ArrayList<>();
        for (Row r : rows(RDF.type.getURI())) {
            String c = r.str("o");
            if (c.startsWith(IKG.NS) && r.has("oLabel") && !out.contains(r.str("oLabel")))
                out.add(r.str("oLabel"));
        }
        return out;
    }

    /** The owl:sameAs targets, space-separated. */
    String sameAs() {
        return String.join(" ", values(OWL_SAME_AS));
    }

    /** A point for the map when the resource has coordinates, else null. */
    MapPoint point(String iri, String label) {
        String lat = first(GEO + "lat"), lon = first(GEO + "long");
        if (lat.isEmpty() || lon.isEmpty())
            return null;
        try {
            return new MapPoint(Double.parseDouble(lat), Double.parseDouble(lon), label, Links.href(iri));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The date text of an incident: its day, or the range earliest – latest. */
    String dateText() {
        String d = first(IKG.NS + "date");
        if (!d.isEmpty())
            return d;
        return Dates.range(first(IKG.NS + "earliestDate"), first(IKG.NS + "latestDate"));
    }
}
