package incidentkg.link;

import incidentkg.rdf.IKG;
import incidentkg.resolve.Ids;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the entities to reconcile: resources of the articles' graphs typed with a reconciled IncidentKG class,
 * with an English label, named (not a description scoped to its article, whose IRI starts with the article's
 * slug: {@code person/story-1-minister}), and without an {@code owl:sameAs} to Wikidata in any graph.
 */
public final class UnlinkedFinder {
    private static final String UNION = "urn:x-arq:UnionGraph";
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private final WikidataClasses classes;

    public UnlinkedFinder(WikidataClasses classes) {
        this.classes = classes;
    }

    /** The entities to reconcile, in IRI order. Runs in its own read transaction unless one is active. */
    public List<Unlinked> find(Dataset ds) {
        return ds.isInTransaction() ? findIn(ds) : Txn.calculateRead(ds, () -> findIn(ds));
    }

    private List<Unlinked> findIn(Dataset ds) {
        StringBuilder values = new StringBuilder();
        for (String c : classes.ikgClasses())
            values.append(" <").append(c).append('>');
        String q = PREFIXES + "SELECT DISTINCT ?e ?type ?label ?id WHERE {\n"
                + "  VALUES ?type {" + values + " }\n"
                + "  GRAPH ?g { ?g a ikg:Article ; dcterms:identifier ?id . ?e a ?type ; rdfs:label ?label . }\n"
                + "  FILTER(isIRI(?e) && STRSTARTS(STR(?e), \"" + IKG.RESOURCE_NS + "\") && langMatches(lang(?label), \"en\"))\n"
                + "  FILTER NOT EXISTS { GRAPH <" + UNION + "> { ?e owl:sameAs ?wd . } "
                + "FILTER(STRSTARTS(STR(?wd), \"" + LinkVocab.WD + "\")) }\n"
                + "}";
        Map<String, Set<String>> types = new TreeMap<>();
        Map<String, Set<String>> labels = new TreeMap<>();
        Set<String> scoped = new TreeSet<>();
        select(ds, q, s -> {
            String e = s.getResource("e").getURI();
            types.computeIfAbsent(e, k -> new TreeSet<>()).add(s.getResource("type").getURI());
            labels.computeIfAbsent(e, k -> new TreeSet<>()).add(s.getLiteral("label").getString());
            String path = e.substring(IKG.RESOURCE_NS.length());
            int slash = path.indexOf('/');
            if (slash >= 0 && path.substring(slash + 1).startsWith(Ids.slug(s.getLiteral("id").getString()) + "-"))
                scoped.add(e);
        });
        Map<String, Set<String>> alts = new TreeMap<>();
        select(ds, PREFIXES + "SELECT DISTINCT ?e ?alt WHERE { GRAPH <" + UNION + "> { ?e skos:altLabel ?alt . } "
                + "FILTER(langMatches(lang(?alt), \"en\")) }",
               s -> alts.computeIfAbsent(s.getResource("e").getURI(), k -> new TreeSet<>())
                        .add(s.getLiteral("alt").getString()));
        Map<String, Set<String>> countries = new TreeMap<>();
        select(ds, PREFIXES + "SELECT DISTINCT ?e ?wd WHERE { GRAPH <" + UNION + "> {\n"
                + "  { ?e ikg:locatedIn+ ?c } UNION { ?e ikg:nationality ?c }\n"
                + "  ?c a ikg:Country ; owl:sameAs ?wd . }\n"
                + "  FILTER(STRSTARTS(STR(?wd), \"" + LinkVocab.WD + "\")) }",
               s -> countries.computeIfAbsent(s.getResource("e").getURI(), k -> new TreeSet<>())
                             .add(s.getResource("wd").getURI()));
        List<Unlinked> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> en : types.entrySet()) {
            String e = en.getKey();
            if (scoped.contains(e))
                continue;
            List<String> ls = new ArrayList<>(labels.get(e));
            String label = ls.get(0);
            Set<String> other = new TreeSet<>(ls.subList(1, ls.size()));
            other.addAll(alts.getOrDefault(e, Set.of()));
            other.remove(label);
            Set<String> cs = countries.getOrDefault(e, Set.of());
            out.add(new Unlinked(e, mostSpecific(ds, en.getValue()), label, other,
                                 cs.size() == 1 ? cs.iterator().next() : null));
        }
        return out;
    }

    /** Of several types, one that no other type is a subclass of (by the ontology's rdfs:subClassOf). */
    private static String mostSpecific(Dataset ds, Set<String> types) {
        if (types.size() == 1)
            return types.iterator().next();
        for (String t : types) {
            boolean hasSub = false;
            for (String s : types) {
                if (s.equals(t))
                    continue;
                String ask = "ASK { GRAPH <" + UNION + "> { <" + s + "> <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ <"
                        + t + "> } }";
                try (QueryExecution qe = QueryExecution.create().query(ask).dataset(ds).build()) {
                    hasSub |= qe.execAsk();
                }
            }
            if (!hasSub)
                return t;
        }
        return types.iterator().next();
    }

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                row.accept(rs.next());
        }
    }
}
