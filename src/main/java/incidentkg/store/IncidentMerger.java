package incidentkg.store;

import incidentkg.model.Claim;
import incidentkg.model.Extraction;
import incidentkg.model.Fact;
import incidentkg.model.Incident;
import incidentkg.model.IncidentClass;
import incidentkg.model.Tally;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges an article's incidents with incidents other articles already reported. Two reports are of the
 * same incident when they are of the same family (attacks, security operations, plots, demonstrations,
 * occupations), their date ranges overlap (both must have one), and they share the venue or the city, or a
 * participant (perpetrator, organizer, victim). Then the new article's incident takes the stored
 * incident's IRI: its evidence, figures (separate tallies) and {@code ikg:supportedBy} join that node.
 * Different incidents in the same city on other dates stay apart. Runs inside a read or write transaction.
 */
final class IncidentMerger {
    private static final String QUERY = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            SELECT ?i ?type ?e ?l ?venue ?city ?who WHERE {
              ?i ikg:supportedBy ?article ; a ?type ; ikg:earliestDate ?e ; ikg:latestDate ?l .
              FILTER(?article != ?self)
              OPTIONAL { ?i ikg:venue ?venue }
              OPTIONAL { ?i ikg:city ?city }
              OPTIONAL { ?i ikg:perpetrator|ikg:organizer|ikg:victim ?who }
            }""";

    private IncidentMerger() {}

    private record Stored(String iri, Set<IncidentClass.Family> families, LocalDate earliest, LocalDate latest,
                          Set<String> places, Set<String> participants) {}

    static Extraction merge(Dataset ds, Extraction x) {
        String self = GraphBuilder.articleIri(x.article().id());
        Map<String, Stored> stored = new HashMap<>();
        var q = org.apache.jena.query.QueryFactory.create(QUERY);
        try (QueryExecution qe = QueryExecution.create().query(q).model(ds.getUnionModel())
                .substitution("self", ds.getUnionModel().createResource(self)).build()) {
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
                if (r.contains("venue"))
                    s.places().add(r.getResource("venue").getURI());
                if (r.contains("city"))
                    s.places().add(r.getResource("city").getURI());
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
            Set<String> places = new HashSet<>(), who = new HashSet<>();
            for (Fact f : x.facts())
                if (f.subject().equals(i.id()) && !f.literal()) {
                    if (f.predicate().equals("venue") || f.predicate().equals("city"))
                        places.add(GraphBuilder.iri(f.object()));
                    if (f.predicate().equals("perpetrator") || f.predicate().equals("organizer")
                            || f.predicate().equals("victim"))
                        who.add(GraphBuilder.iri(f.object()));
                }
            for (Stored s : stored.values()) {
                boolean overlap = !s.latest().isBefore(i.earliest()) && !i.latest().isBefore(s.earliest());
                boolean shares = places.stream().anyMatch(s.places()::contains)
                        || who.stream().anyMatch(s.participants()::contains);
                if (s.families().contains(i.cls().family()) && overlap && shares
                        && !GraphBuilder.iri(i.id()).equals(s.iri())) {
                    rename.put(i.id(), s.iri().substring(IKG.RESOURCE_NS.length()));
                    break;
                }
            }
        }
        return rename.isEmpty() ? x : renamed(x, rename);
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
