package incidentkg.link;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SPARQL query that finds the Wikidata items of an entity, and the reading of its answer. An item is a
 * candidate when its English label or alias ({@code rdfs:label}, {@code skos:altLabel}) is the entity's
 * label, or its label is another name of the entity; the query also asks which compatible classes it is an
 * instance of ({@code wdt:P31/wdt:P279*}) and its countries ({@code wdt:P17}). It is the same text for the
 * same entity, so answers can be cached by query.
 */
public final class CandidateQuery {
    /** At most this many answer rows are asked for. */
    static final int LIMIT = 500;

    private CandidateQuery() {}

    /** The query for an entity, with the compatible classes of its IncidentKG class. */
    public static String of(Unlinked e, Map<String, Double> classes) {
        StringBuilder q = new StringBuilder();
        q.append("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
         .append("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")
         .append("PREFIX wdt: <").append(LinkVocab.WDT).append(">\n")
         .append("SELECT DISTINCT ?item ?how ?class ?country WHERE {\n")
         .append("  { ?item rdfs:label ").append(en(e.label())).append(" . BIND(\"label\" AS ?how) }\n")
         .append("  UNION { ?item skos:altLabel ").append(en(e.label())).append(" . BIND(\"alias\" AS ?how) }\n");
        List<String> others = e.altLabels().stream().filter(a -> !a.equals(e.label())).sorted().toList();
        if (!others.isEmpty()) {
            q.append("  UNION { VALUES ?name {");
            for (String a : others)
                q.append(' ').append(en(a));
            q.append(" } ?item rdfs:label ?name . BIND(\"other\" AS ?how) }\n");
        }
        q.append("  FILTER(STRSTARTS(STR(?item), \"").append(LinkVocab.WD).append("Q\"))\n");
        if (!classes.isEmpty()) {
            q.append("  OPTIONAL { VALUES ?class {");
            for (String c : classes.keySet())
                q.append(" <").append(c).append('>');
            q.append(" } ?item wdt:P31/wdt:P279* ?class . }\n");
        }
        q.append("  OPTIONAL { ?item wdt:P17 ?country . }\n")
         .append("}\nLIMIT ").append(LIMIT).append('\n');
        return q.toString();
    }

    /** The candidates in an answer to {@link #of}, one per item, in item order. */
    public static List<Candidate> read(ResultSet rs, Map<String, Double> classes) {
        Map<String, Candidate.Match> match = new LinkedHashMap<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Set<String>> countries = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            RDFNode item = s.get("item");
            if (item == null || !item.isURIResource())
                continue;
            String i = item.asResource().getURI();
            Candidate.Match m = switch (s.getLiteral("how").getString()) {
                case "label" -> Candidate.Match.LABEL;
                case "alias" -> Candidate.Match.ALIAS;
                default -> Candidate.Match.ALT_LABEL;
            };
            match.merge(i, m, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            double w = 0;
            RDFNode cls = s.get("class");
            if (cls != null && cls.isURIResource())
                w = classes.getOrDefault(cls.asResource().getURI(), 0.0);
            weight.merge(i, w, Math::max);
            Set<String> cs = countries.computeIfAbsent(i, k -> new TreeSet<>());
            RDFNode country = s.get("country");
            if (country != null && country.isURIResource())
                cs.add(country.asResource().getURI());
        }
        List<Candidate> out = new ArrayList<>();
        for (String i : new TreeSet<>(match.keySet()))
            out.add(new Candidate(i, match.get(i), weight.get(i), countries.get(i)));
        return out;
    }

    private static String en(String s) {
        return FmtUtils.stringForNode(NodeFactory.createLiteralLang(s, "en"));
    }
}
