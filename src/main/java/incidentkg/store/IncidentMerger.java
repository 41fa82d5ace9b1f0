package incidentkg.store;

import incidentkg.model.Claim;
import incidentkg.model.Extraction;
import incidentkg.model.Fact;
import incidentkg.model.Incident;
import incidentkg.model.IncidentClass;
import incidentkg.model.Tally;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges an article's incidents with incidents other articles already reported. Two reports are of the
 * same incident when they are of the same family (attacks, security operations, plots, demonstrations,
 * occupations), their date ranges overlap (both must have one), and they share the venue or the city, or a
 * participant (perpetrator, organizer, victim). Then the new article's incident takes the stored
 * incident's IRI: its evidence, figures (separate tallies) and {@code ikg:supportedBy} join that node.
 * Different incidents in the same city on other dates stay apart. Runs inside a read or write transaction.
 */
final class IncidentMerger {
    /**
     * The stored incidents that share a venue or city ({@code ?place}) or a participant ({@code ?who}) with the
     * new article's incidents: found through the store's indexes from those resources, so the cost follows the
     * incidents at the same places and with the same people, not the size of the store; only those whose dates
     * can overlap the new incidents' ones come back. {@code %s}: the branches for the places and the
     * participants, joined by UNION; the article's own IRI; the earliest of the new incidents' dates and the
     * latest.
     */
    private static final String QUERY = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT ?i ?type ?e ?l ?place ?who WHERE {
              %s
              ?i ikg:supportedBy ?article ; a ?type ; ikg:earliestDate ?e ; ikg:latestDate ?l .
              FILTER(?article != %s && ?l >= "%s"^^xsd:date && ?e <= "%s"^^xsd:date)
            }""";

    private IncidentMerger() {}

    private record Stored(String iri, Set<IncidentClass.Family> families, LocalDate earliest, LocalDate latest,
                          Set<String> places, Set<String> participants) {}

    static Extraction merge(Dataset ds, Extraction x) {
        Map<String, Set<String>> places = new HashMap<>(), who = new HashMap<>();
        LocalDate from = null, to = null;
        for (Incident i : x.incidents())
            if (i.earliest() != null) {
                places.put(i.id(), new HashSet<>());
                who.put(i.id(), new HashSet<>());
                from = from == null || i.earliest().isBefore(from) ? i.earliest() : from;
                to = to == null || i.latest().isAfter(to) ? i.latest() : to;
            }
        for (Fact f : x.facts())
            if (places.containsKey(f.subject()) && !f.literal()) {
                if (f.predicate().equals("venue") || f.predicate().equals("city"))
                    places.get(f.subject()).add(GraphBuilder.iri(f.object()));
                if (f.predicate().equals("perpetrator") || f.predicate().equals("organizer")
                        || f.predicate().equals("victim"))
                    who.get(f.subject()).add(GraphBuilder.iri(f.object()));
            }
        Set<String> allPlaces = new TreeSet<>(), allWho = new TreeSet<>();
        places.values().forEach(allPlaces::addAll);
        who.values().forEach(allWho::addAll);
        if (allPlaces.isEmpty() && allWho.isEmpty())
            return x;
        List<String> branches = new ArrayList<>();
        if (!allPlaces.isEmpty())
            branches.add("{ VALUES ?place { " + values(allPlaces) + "} { ?i ikg:venue ?place } UNION { ?i ikg:city ?place } }");
        if (!allWho.isEmpty())
            branches.add("{ VALUES ?who { " + values(allWho) + "} ?i ikg:perpetrator|ikg:organizer|ikg:victim ?who }");
        String query = String.format(QUERY, String.join("\n  UNION\n  ", branches),
                                     NodeFmtLib.strNT(NodeFactory.createURI(GraphBuilder.articleIri(x.article().id()))),
                                     from, to);
        // sorted, so that when two stored incidents qualify the same one wins on every run
        Map<String, Stored> stored = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.create().query(query).model(ds.getUnionModel()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String iri = r.getResource("i").getURI();
                LocalDate e, l;
                try {
                    e = LocalDate.parse(r.getLiteral("e").getLexicalForm());
                    l = LocalDate.parse(r.getLiteral("l").getLexicalForm());
                } catch (RuntimeException ex) {
                    continue;
                }
                Stored s = stored.computeIfAbsent(iri, k -> new Stored(k, new HashSet<>(), e, l, new HashSet<>(),
                                                                        new HashSet<>()));
                String type = r.getResource("type").getURI();
                if (type.startsWith(IKG.NS))
                    try {
                        s.families().add(IncidentClass.parse(type.substring(IKG.NS.length())).family());
                    } catch (IllegalArgumentException ignored) {
                        // a class of another vocabulary
                    }
                if (r.contains("place"))
                    s.places().add(r.getResource("place").getURI());
                if (r.contains("who"))
                    s.participants().add(r.getResource("who").getURI());
            }
        }
        if (stored.isEmpty())
            return x;
        Map<String, String> rename = new HashMap<>();
        for (Incident i : x.incidents()) {
            if (i.earliest() == null)
                continue;
            for (Stored s : stored.values()) {
                boolean overlap = !s.latest().isBefore(i.earliest()) && !i.latest().isBefore(s.earliest());
                boolean shares = places.get(i.id()).stream().anyMatch(s.places()::contains)
                        || who.get(i.id()).stream().anyMatch(s.participants()::contains);
                if (s.families().contains(i.cls().family()) && overlap && shares
                        && !GraphBuilder.iri(i.id()).equals(s.iri())) {
                    rename.put(i.id(), s.iri().substring(IKG.RESOURCE_NS.length()));
                    break;
                }
            }
        }
        return rename.isEmpty() ? x : renamed(x, rename);
    }

    /** The IRIs as the body of a VALUES block. */
    private static String values(Set<String> iris) {
        StringBuilder b = new StringBuilder();
        for (String iri : iris)
            b.append(NodeFmtLib.strNT(NodeFactory.createURI(iri))).append(' ');
        return b.toString();
    }

    private static Extraction renamed(Extraction x, Map<String, String> rename) {
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : x.incidents())
            incidents.add(new Incident(rename.getOrDefault(i.id(), i.id()), i.cls(), i.label(), i.earliest(),
                                       i.latest(), i.dayKnown(), i.stage(), i.evidence()));
        List<Fact> facts = new ArrayList<>();
        for (Fact f : x.facts())
            facts.add(new Fact(rename.getOrDefault(f.subject(), f.subject()), f.predicate(),
                               f.literal() ? f.object() : rename.getOrDefault(f.object(), f.object()), f.evidence(),
                               f.literal()));
        List<Tally> tallies = new ArrayList<>();
        for (Tally t : x.tallies())
            tallies.add(new Tally(t.id(), rename.getOrDefault(t.incident(), t.incident()), t.kind(), t.count(),
                    t.qualifier(), t.population(), t.reportedBy(), t.via(), t.asOf(), t.verified(), t.hedge(),
                    t.evidence(), t.label()));
        List<Claim> claims = new ArrayList<>();
        for (Claim c : x.claims())
            claims.add(new Claim(c.id(), rename.getOrDefault(c.incident(), c.incident()), c.claimant(), c.reportedBy(),
                                 c.verified(), c.hedge(), c.evidence()));
        return new Extraction(x.article(), x.sentences(), x.entities(), incidents, tallies, claims, facts);
    }
}
