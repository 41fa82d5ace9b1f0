package incidentkg.export;

import incidentkg.rdf.IKG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The incidents as a flat table for spreadsheets, one row per incident of the union graph (an instance of
 * ikg:Incident or of a subclass, by the ontology graph's rdfs:subClassOf). Columns: {@link #COLUMNS}.
 * Several values in a cell are joined with "; " in a stable order. A figure reads as its qualifier and count
 * ("up to 170", "at least 21"), with " (unverified)" when the text hedges it; the dates are the earliest
 * {@code ikg:earliestDate} and the latest {@code ikg:latestDate}; lat and long are the city's; sources are the
 * articles that report the incident (their URL, else their IRI). Rows are sorted by earliest date, then id.
 */
public final class IncidentTable {
    public static final List<String> COLUMNS = List.of("id", "type", "label", "earliest", "latest", "city", "country",
            "lat", "long", "perpetrators", "claimed_by", "killed", "injured", "hostages", "sources");
    static final String SEP = "; ";
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String U = "GRAPH <urn:x-arq:UnionGraph> ";

    private IncidentTable() {}

    /** The rows (without the header), sorted. Runs in its own read transaction unless one is active. */
    public static List<List<String>> rows(Dataset ds) {
        return ds.isInTransaction() ? build(ds) : Txn.calculateRead(ds, () -> build(ds));
    }

    /** Writes the header and the rows. */
    public static int write(Dataset ds, Writer out) throws IOException {
        List<List<String>> rows = rows(ds);
        Csv.writeRecord(out, COLUMNS);
        for (List<String> r : rows)
            Csv.writeRecord(out, r);
        out.flush();
        return rows.size();
    }

    private static List<List<String>> build(Dataset ds) {
        Map<String, Map<String, Set<String>>> cells = new TreeMap<>();
        select(ds, U + "{ ?i a ?t . ?t rdfs:subClassOf* ikg:Incident . FILTER(isIRI(?i) && STRSTARTS(STR(?t), STR(ikg:))) }",
               s -> put(cells, s, "type", s.getResource("t").getURI().substring(IKG.NS.length())));
        fill(ds, cells, "label", "?i rdfs:label ?v");
        fill(ds, cells, "earliest", "?i ikg:earliestDate ?v");
        fill(ds, cells, "latest", "?i ikg:latestDate ?v");
        fill(ds, cells, "city", "?i ikg:city/rdfs:label ?v");
        fill(ds, cells, "country", "?i ikg:country/rdfs:label ?v");
        fill(ds, cells, "lat", "?i ikg:city/geo:lat ?v");
        fill(ds, cells, "long", "?i ikg:city/geo:long ?v");
        fill(ds, cells, "perpetrators", "?i ikg:perpetrator/rdfs:label ?v");
        fill(ds, cells, "claimed_by", "?i ikg:claimedBy/rdfs:label ?v");
        figures(ds, cells, "killed", "Killed");
        figures(ds, cells, "injured", "Injured");
        figures(ds, cells, "hostages", "Hostages");
        select(ds, "{ GRAPH ?g { ?g a ikg:Article . ?i a ?t } OPTIONAL { GRAPH ?g { ?g dcterms:source ?url } } }",
               s -> {
                   if (cells.containsKey(s.getResource("i").getURI()))
                       put(cells, s, "sources", s.contains("url") ? text(s.get("url")) : s.getResource("g").getURI());
               });
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : cells.entrySet()) {
            Map<String, Set<String>> c = e.getValue();
            List<String> row = new ArrayList<>();
            for (String column : COLUMNS) {
                Set<String> v = c.getOrDefault(column, Set.of());
                row.add(switch (column) {
                    case "id" -> e.getKey();
                    case "earliest" -> v.isEmpty() ? "" : ((TreeSet<String>) v).first();
                    case "latest" -> v.isEmpty() ? "" : ((TreeSet<String>) v).last();
                    default -> String.join(SEP, v);
                });
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(3).isEmpty() ? "~" : r.get(3)).thenComparing(r -> r.get(0)));
        return rows;
    }

    private static void fill(Dataset ds, Map<String, Map<String, Set<String>>> cells, String column, String pattern) {
        select(ds, U + "{ " + pattern + " }", s -> {
            if (cells.containsKey(s.getResource("i").getURI()))
                put(cells, s, column, text(s.get("v")));
        });
    }

    private static void figures(Dataset ds, Map<String, Map<String, Set<String>>> cells, String column, String kind) {
        Map<String, TreeMap<Long, Set<String>>> byIncident = new TreeMap<>();
        select(ds, U + "{ ?i ikg:tally ?t . ?t ikg:tallyKind ikg:" + kind + " ; ikg:count ?n . "
                + "OPTIONAL { ?t ikg:qualifier ?q } OPTIONAL { ?t ikg:verified ?ok } }", s -> {
            String i = s.getResource("i").getURI();
            if (!cells.containsKey(i))
                return;
            long n = s.getLiteral("n").getLong();
            String q = s.contains("q") ? s.getResource("q").getURI().substring(IKG.NS.length()) : "Exact";
            String t = switch (q) {
                case "AtLeast" -> "at least " + n;
                case "UpTo" -> "up to " + n;
                case "MoreThan" -> "more than " + n;
                case "Approximately" -> "about " + n;
                default -> Long.toString(n);
            };
            if (s.contains("ok") && !s.getLiteral("ok").getBoolean())
                t += " (unverified)";
            byIncident.computeIfAbsent(i, k -> new TreeMap<>()).computeIfAbsent(n, k -> new TreeSet<>()).add(t);
        });
        byIncident.forEach((i, m) -> {
            Set<String> ordered = new LinkedHashSet<>();
            m.values().forEach(ordered::addAll);
            cells.get(i).put(column, ordered);
        });
    }

    private static void put(Map<String, Map<String, Set<String>>> cells, QuerySolution s, String column, String value) {
        cells.computeIfAbsent(s.getResource("i").getURI(), k -> new TreeMap<>())
             .computeIfAbsent(column, k -> new TreeSet<>()).add(value);
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static void select(Dataset ds, String where, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create().query(PREFIXES + "SELECT * WHERE { " + where + " }").dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                row.accept(rs.next());
        }
    }
}
