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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * are dated and their dates lie within {@value #CITY_DAYS} days of each other.
 * <p>
 * An incident keeps at most {@value #MAX_RELATED} relations: its strongest, by score, then by the days between
 * the two dates (an undated pair last), then by IRI. A prolific group would otherwise relate each of its
 * incidents to every other, so that the graph grew with the square of the store and each new report of the
 * group wrote a relation to every earlier one. A new incident takes a place in the list of an incident it is
 * related to only when it ranks above the weakest there, which it then replaces (both ways); it asks its
 * {@value #MAX_ASKED} strongest candidates at most, so that the cost of an article does not grow with the
 * number of incidents its group already has beyond reading them once. The result
 * depends on the order of loading, as the merge of incidents does, and not on anything else. Runs inside the
 * caller's write transaction.
 */
public final class Relatedness {
    public static final int DAYS = 30;
    /** Days apart within which a shared city, and nothing else, relates two incidents. */
    public static final int CITY_DAYS = 365;
    /** The most relations one incident keeps: its strongest (see the class comment). */
    public static final int MAX_RELATED = 20;
    /** The most candidates, its strongest, that a new incident asks for a place in their lists. */
    static final int MAX_ASKED = 5 * MAX_RELATED;
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
        Dates dates = new Dates(union);
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
            LocalDate da = dates.of(a);
            Set<RDFNode> countries = union.listObjectsOfProperty(union.createResource(a), IKG.country).toSet();
            List<Partner> partners = new ArrayList<>();
            for (var e : reasons.entrySet()) {
                String b = e.getKey();
                long days = days(da, dates.of(b));
                if (e.getValue().equals(Set.of("SameCity")) && days > CITY_DAYS)
                    continue;
                if (shareCountry(union, countries, b))
                    e.getValue().add("SameCountry");
                if (days <= DAYS)
                    e.getValue().add("WithinDays");
                partners.add(new Partner(b, e.getValue(), score(e.getValue()), days));
            }
            partners.sort(null);
            Resource ra = related.createResource(a);
            int asked = 0;
            for (Partner p : partners) {
                if (degree(related, ra) >= MAX_RELATED || asked++ >= MAX_ASKED)
                    break;
                Resource rb = related.createResource(p.incident);
                if (related.contains(ra, IKG.relatedTo, rb))
                    continue;   // related when another incident of the same article took its turn
                if (degree(related, rb) >= MAX_RELATED) {
                    Partner weakest = weakest(related, dates, p.incident);
                    if (weakest == null || weakest.compareTo(p.seenFrom(a)) <= 0)
                        continue;   // b's own relations are all stronger
                    unrelate(related, p.incident, weakest.incident);
                }
                add(related, a, p.incident, p.reasons, p.score);
                add(related, p.incident, a, p.reasons, p.score);
            }
        }
    }

    /**
     * The other end of a relation, ranked: the higher score first, then the fewer days between the two
     * incidents' dates (a pair with an undated incident last), then the IRI.
     */
    private record Partner(String incident, Set<String> reasons, double score, long days)
            implements Comparable<Partner> {
        /** The same relation, as the other incident ranks it: only the IRI differs. */
        Partner seenFrom(String other) {
            return new Partner(other, reasons, score, days);
        }

        @Override
        public int compareTo(Partner o) {
            int c = Double.compare(o.score, score);
            if (c == 0)
                c = Long.compare(days, o.days);
            return c != 0 ? c : incident.compareTo(o.incident);
        }
    }

    private static int degree(Model related, Resource incident) {
        return related.listObjectsOfProperty(incident, IKG.relatedTo).toList().size();
    }

    /** The relation of {@code b} that ranks last among its relations; null if none has a score. */
    private static Partner weakest(Model related, Dates dates, String b) {
        LocalDate db = dates.of(b);
        Partner last = null;
        for (Statement s : related.listStatements(null, IKG.fromIncident, related.createResource(b)).toList()) {
            Resource r = s.getSubject();
            Statement to = r.getProperty(IKG.toIncident), score = r.getProperty(IKG.score);
            if (to == null || score == null)
                continue;
            String c = to.getResource().getURI();
            Partner p = new Partner(c, Set.of(), score.getDouble(), days(db, dates.of(c)));
            if (last == null || p.compareTo(last) > 0)
                last = p;
        }
        return last;
    }

    /** Removes the relation of {@code a} and {@code b}, both ways. */
    private static void unrelate(Model related, String a, String b) {
        Resource ra = related.createResource(a), rb = related.createResource(b);
        related.remove(ra, IKG.relatedTo, rb);
        related.remove(rb, IKG.relatedTo, ra);
        remove(related, related.createResource(relatednessIri(a, b)));
        remove(related, related.createResource(relatednessIri(b, a)));
    }

    private static void remove(Model m, Resource node) {
        m.removeAll(node, null, null);
    }

    private static String relatednessIri(String a, String b) {
        return GraphBuilder.iri("relatedness/" + a.substring(a.lastIndexOf('/') + 1) + "--"
                                + b.substring(b.lastIndexOf('/') + 1));
    }

    private static double score(Collection<String> reasons) {
        double score = 0;
        for (String reason : reasons)
            score += WEIGHT.getOrDefault(reason, 1.0);
        return score;
    }

    private static void add(Model m, String a, String b, Collection<String> reasons, double score) {
        Resource ra = m.createResource(a), rb = m.createResource(b);
        ra.addProperty(IKG.relatedTo, rb);
        Resource r = m.createResource(relatednessIri(a, b));
        m.removeAll(r, null, null);
        r.addProperty(RDF.type, IKG.Relatedness).addProperty(IKG.fromIncident, ra).addProperty(IKG.toIncident, rb);
        for (String reason : reasons)
            r.addProperty(IKG.reason, m.createResource(IKG.NS + reason));
        r.addLiteral(IKG.score, m.createTypedLiteral(BigDecimal.valueOf(score), XSDDatatype.XSDdecimal));
    }

    private static boolean shareCountry(Model union, Set<RDFNode> countries, String b) {
        return union.listObjectsOfProperty(union.createResource(b), IKG.country).toList().stream()
                    .anyMatch(countries::contains);
    }

    /** Days between two dates; {@link Long#MAX_VALUE} when either is unknown (so never "within" any days). */
    private static long days(LocalDate da, LocalDate db) {
        return da == null || db == null ? Long.MAX_VALUE : Math.abs(ChronoUnit.DAYS.between(da, db));
    }

    /** The incidents' dates, each read once in an update. */
    private static final class Dates {
        private final Model union;
        private final Map<String, Optional<LocalDate>> read = new HashMap<>();

        Dates(Model union) {
            this.union = union;
        }

        LocalDate of(String incident) {
            return read.computeIfAbsent(incident, i -> Optional.ofNullable(date(union, i))).orElse(null);
        }
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
