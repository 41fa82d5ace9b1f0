package incidentkg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reconciles the unlinked entities of a dataset against a SPARQL endpoint holding Wikidata-shaped data, one
 * query per entity ({@link CandidateQuery}), scores the candidates ({@link LinkScorer}) and writes the
 * accepted links into the graph {@link LinkVocab#GRAPH_WIKIDATA} in one write transaction at the end
 * ({@link LinkSetWriter}). Entities already linked to Wikidata, in the gazetteer or by an earlier run, are
 * not asked about again. When the endpoint fails, the run stops, the links decided so far are written,
 * and the report carries the error.
 * <pre>
 *   WikidataLinker linker = new WikidataLinker(WikidataClasses.bundled(),
 *           new PoliteEndpoint(LinkVocab.WIKIDATA_SPARQL, cacheDir, 1000, false), new LinkScorer(0.7), Clock.systemUTC());
 *   WikidataLinker.Report r = linker.link(store.dataset(), System.err::println);
 * </pre>
 */
public final class WikidataLinker {
    /** What a run did. {@code error} is null when every entity was asked about. */
    public record Report(List<LinkDecision> decisions, int requests, int cacheHits, String error) {
        public long linked() { return count(LinkDecision.Linked.class); }
        public long ambiguous() { return count(LinkDecision.Ambiguous.class); }
        public long unmatched() { return count(LinkDecision.Unmatched.class); }

        private long count(Class<?> c) {
            return decisions.stream().filter(c::isInstance).count();
        }
    }

    private final WikidataClasses classes;
    private final PoliteEndpoint endpoint;
    private final LinkScorer scorer;
    private final Clock clock;

    public WikidataLinker(WikidataClasses classes, PoliteEndpoint endpoint, LinkScorer scorer, Clock clock) {
        this.classes = classes;
        this.endpoint = endpoint;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** Runs over the dataset (not in a transaction), reporting each entity's outcome to {@code progress}. */
    public Report link(Dataset ds, Consumer<String> progress) {
        List<Unlinked> todo = new UnlinkedFinder(classes).find(ds);
        Instant start = clock.instant();
        List<LinkDecision> decisions = new ArrayList<>();
        String error = null;
        int n = 0;
        for (Unlinked e : todo) {
            n++;
            Map<String, Double> compatible = classes.compatible(e.ikgClass());
            List<Candidate> candidates;
            try {
                candidates = CandidateQuery.read(endpoint.select(CandidateQuery.of(e, compatible)), compatible);
            } catch (LinkException ex) {
                error = ex.getMessage();
                progress.accept("[" + n + "/" + todo.size() + "] " + e.iri() + ": stopped: " + error);
                break;
            }
            LinkDecision d = scorer.decide(e, candidates);
            decisions.add(d);
            progress.accept("[" + n + "/" + todo.size() + "] " + e.iri() + " \"" + e.label() + "\": " + describe(d));
        }
        Model links = LinkSetWriter.build(decisions, endpoint.url(), start, clock.instant(), scorer.threshold());
        if (!links.isEmpty())
            Txn.executeWrite(ds, () -> ds.getNamedModel(LinkVocab.GRAPH_WIKIDATA).add(links));
        return new Report(List.copyOf(decisions), endpoint.requests(), endpoint.cacheHits(), error);
    }

    static String describe(LinkDecision d) {
        if (d instanceof LinkDecision.Linked l)
            return "linked to " + l.item() + " (score " + l.score() + ": " + l.reasons() + ")";
        if (d instanceof LinkDecision.Ambiguous a)
            return "ambiguous, " + a.items().size() + " candidates score " + a.score() + " " + a.items();
        LinkDecision.Unmatched u = (LinkDecision.Unmatched) d;
        return u.best() == null ? "no candidate" : "best candidate " + u.best() + " scores only " + u.score();
    }
}
