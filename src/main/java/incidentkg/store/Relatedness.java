package incidentkg.store;

import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Materializes related incidents in the graph {@code …/graph/related}: for each incident given, the other
 * incidents that share a venue, city, country, group (or an affiliate), person, sequence or sub-event with
 * it ({@code incidentkg/related.rq}), as {@code ikg:relatedTo} both ways and an {@code ikg:Relatedness} with
 * its reasons and a score. Two incidents so related also get the reason ikg:SameCountry when they share a
 * country, and ikg:WithinDays when their dates lie within {@value #DAYS} days. Neither relates two incidents on
 * its own: every incident of a country would be related to every other, and the relations an article writes
 * would grow with the store. For the same reason a shared city alone relates two incidents only when both
 * are dated and their dates lie within {@value #CITY_DAYS} days of each other. Runs inside the caller's write
 * transaction.
 */
public final class Relatedness {
    public static final int DAYS = 30;
    /** Days apart within which a shared city, and nothing else, relates two incidents. */
    public static final int CITY_DAYS = 365;
    private static final Map<String, Double> WEIGHT = Map.of("SubEvent", 5.0, "Sequence", 4.0,
            "SharedParticipant", 4.0, "SameGroup", 4.0, "AffiliatedGroup", 3.0, "SameVenue", 3.0, "SameCity", 2.0,
            "SameCountry", 1.0, "WithinDays", 1.0);
    private static final Query QUERY = QueryFactory.create(read("/incidentkg/related.rq"));

    private Relatedness() {}

    /** Recomputes the relations of {@code incidents} (IRIs); call inside a write transaction. */
    public static void update(Dataset ds, Collection<String> incidents) {
        Model related = ds.getNamedModel(IKG.GRAPH_RELATED);
        Model union = ds.getUnionModel();
        for (String a : incidents) {
            Resource ra = related.createResource(a);
            for (Statement s : related.listStatements(null, IKG.fromIncident, ra).toList())
                remove(related, s.getSubject());
            for (Statement s : related.listStatements(null, IKG.toIncident, ra).toList())
                remove(related, s.getSubject());
            related.removeAll(ra, IKG.relatedTo, null);
            related.removeAll(null, IKG.relatedTo, ra);
        }
        for (String a : incidents) {
            Map<String, TreeSet<String>> reasons = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.create().query(QUERY).model(union)
                    .substitution("a", union.createResource(a)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    reasons.computeIfAbsent(row.getResource("b").getURI(), k -> new TreeSet<>())
                           .add(row.getResource("reason").getLocalName());
                }
            }
            for (var e : reasons.entrySet()) {
                String b = e.getKey();
                if (e.getValue().equals(Set.of("SameCity")) && !within(union, a, b, CITY_DAYS))
                    continue;
                if (shareCountry(union, a, b))
                    e.getValue().add("SameCountry");
                if (within(union, a, b, DAYS))
                    e.getValue().add("WithinDays");
                add(related, a, b, e.getValue());
                add(related, b, a, e.getValue());
            }
        }
    }

    private static void remove(Model m, Resource node) {
        m.removeAll(node, null, null);
    }

    private static void add(Model m, String a, String b, Collection<String> reasons) {
        Resource ra = m.createResource(a), rb = m.createResource(b);
        ra.addProperty(IKG.relatedTo, rb);
        String id = a.substring(a.lastIndexOf('/') + 1) + "--" + b.substring(b.lastIndexOf('/') + 1);
        Resource r = m.createResource(GraphBuilder.iri("relatedness/" + id));
        m.removeAll(r, null, null);
        r.addProperty(RDF.type, IKG.Relatedness).addProperty(IKG.fromIncident, ra).addProperty(IKG.toIncident, rb);
        double score = 0;
        for (String reason : reasons) {
            r.addProperty(IKG.reason, m.createResource(IKG.NS + reason));
            score += WEIGHT.getOrDefault(reason, 1.0);
        }
        r.addLiteral(IKG.score, m.createTypedLiteral(BigDecimal.valueOf(score), XSDDatatype.XSDdecimal));
    }

    private static boolean shareCountry(Model union, String a, String b) {
        Set<RDFNode> countries = union.listObjectsOfProperty(union.createResource(a), IKG.country).toSet();
        return union.listObjectsOfProperty(union.createResource(b), IKG.country).toList().stream()
                    .anyMatch(countries::contains);
    }

    private static boolean within(Model union, String a, String b, int days) {
        LocalDate da = date(union, a), db = date(union, b);
        return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= days;
    }

    private static LocalDate date(Model m, String incident) {
        List<RDFNode> dates = new ArrayList<>(m.listObjectsOfProperty(m.createResource(incident), IKG.earliestDate).toList());
        if (dates.isEmpty() || !dates.get(0).isLiteral())
            return null;
        try {
            return LocalDate.parse(((Literal) dates.get(0)).getLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String read(String resource) {
        try (InputStream in = Relatedness.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
