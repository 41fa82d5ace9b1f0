package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.Extraction;
import incidentkg.model.StageTimes;
import org.apache.jena.system.Txn;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.text.ArticleReader;
import org.apache.jena.rdf.model.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Loads articles into a store: read and check the file against the {@link ArticleLimits}, extract, merge its
 * incidents with those other articles reported ({@link IncidentMerger}), build its graph and validate it with
 * SHACL, all on a worker thread within the article's time budget ({@link TimeBudget}); then, only when all of
 * that succeeded, store the graph in one write transaction ({@link ArticleWriter}). An article that fails at
 * any step, or takes too long, leaves the store as it was and gives a one-line {@code SOURCE: problem}; an
 * article whose graph is already stored unchanged is not written again.
 */
public final class ArticleLoader implements AutoCloseable {
    /** What happened to one article. */
    public enum Outcome { LOADED, UNCHANGED }

    private final ArticleReader reader;
    private final Extractor extractor;
    private final ArticleLimits limits;
    private final TimeBudget budget;
    private final ArticleWriter writer;
    private final org.apache.jena.query.Dataset dataset;
    private final ArticleValidator validator = new ArticleValidator();

    public ArticleLoader(Store store, ArticleReader reader, Extractor extractor) {
        this(store, reader, extractor, ArticleLimits.DEFAULTS);
    }

    public ArticleLoader(Store store, ArticleReader reader, Extractor extractor, ArticleLimits limits) {
        this.reader = reader;
        this.extractor = extractor;
        this.limits = limits;
        this.budget = new TimeBudget(limits.timeout());
        this.writer = new ArticleWriter(store.dataset());
        this.dataset = store.dataset();
    }

    public ArticleLimits limits() { return limits; }

    /** The store's dataset, which the loader reads and writes. */
    org.apache.jena.query.Dataset dataset() { return dataset; }

    /** Ends the threads that run articles within their time budget; the store stays open. */
    @Override
    public void close() {
        budget.close();
    }

    public Outcome load(Path file) throws ArticleException {
        return write(prepare(file));
    }

    /** Loads an article already read; {@code source} names it in errors. */
    public Outcome load(Article article, String source) throws ArticleException {
        return write(prepare(article, source));
    }

    /** Stores a prepared graph in one write transaction (unless it is stored unchanged). */
    public Outcome write(ArticleGraph graph) throws ArticleException {
        return writer.write(graph);
    }

    /** Reads and checks a file without extracting anything: the cheap first half of {@link #prepare(Path)}. */
    public Article read(Path file) throws ArticleException {
        return budget.run(file.toString(), () -> readChecked(file));
    }

    /** Reads, checks, extracts and validates a file within the time budget; writes nothing. */
    public ArticleGraph prepare(Path file) throws ArticleException {
        String source = file.toString();
        return budget.run(source, () -> {
            long t0 = System.nanoTime();
            Article a = readChecked(file);
            return graphOf(a, source, System.nanoTime() - t0);
        });
    }

    /** Checks, extracts and validates an article within the time budget; writes nothing. */
    public ArticleGraph prepare(Article article, String source) throws ArticleException {
        return budget.run(source, () -> {
            long t0 = System.nanoTime();
            limits.check(article, source);
            return graphOf(article, source, System.nanoTime() - t0);
        });
    }

    /**
     * The first part of {@link #prepare(Path)}, which needs nothing of the store and so can run on several
     * threads at once: read, check, extract, and build and validate the graph as if no stored incident were
     * merged with the article's. {@link #finish} completes it, in the order of loading.
     */
    public Analysed analyse(Path file) throws ArticleException {
        String source = file.toString();
        return budget.run(source, () -> {
            long t0 = System.nanoTime();
            Article a = readChecked(file);
            return analysed(a, source, System.nanoTime() - t0, t0);
        });
    }

    /** {@link #analyse(Path)} of an article already read. */
    public Analysed analyse(Article article, String source) throws ArticleException {
        return budget.run(source, () -> {
            long t0 = System.nanoTime();
            limits.check(article, source);
            return analysed(article, source, System.nanoTime() - t0, t0);
        });
    }

    /**
     * Completes {@link #analyse}: merges the article's incidents with those stored (reading the store as it is
     * now), and builds and validates the graph again only when the merge renamed an incident. Gives the same
     * graph, or the same error, as {@link #prepare(Path)} would now; writes nothing. Runs within what is left
     * of the article's time budget.
     */
    public ArticleGraph finish(Analysed a) throws ArticleException {
        Duration left = limits.timeout().minusNanos(a.nanos());
        return budget.run(a.source(), () -> merged(a), left);
    }

    /**
     * {@link #finish} on the calling thread, so that it sees what the calling thread's open write transaction
     * has written so far (a batch of articles, see {@link ParallelLoader}). The merge and the rebuild are small
     * next to the analysis, so this part is not held to the time budget.
     */
    public ArticleGraph finishHere(Analysed a) throws ArticleException {
        return merged(a);
    }

    private ArticleGraph merged(Analysed a) throws ArticleException {
        long t0 = System.nanoTime();
        Extraction merged;
        try {
            merged = Txn.calculateRead(dataset, () -> IncidentMerger.merge(dataset, a.extraction()));
        } catch (RuntimeException e) {
            throw failure(a.source(), e);
        }
        StageTimes times = a.times().plus(new StageTimes(0, 0, System.nanoTime() - t0, 0, 0, 0, 0));
        if (merged == a.extraction())
            return a.result(times);
        return built(merged, a.source(), times);
    }

    /** An article analysed up to the merge (see {@link #analyse}); {@code nanos} is the time it took. */
    public record Analysed(String source, Extraction extraction, Model graph, RuntimeException buildFailure,
                           List<String> violations, StageTimes times, long nanos) {
        ArticleGraph result(StageTimes total) throws ArticleException {
            if (buildFailure != null)
                throw failure(source, buildFailure);
            return checked(source, extraction, graph, violations, total);
        }
    }

    private Article readChecked(Path file) throws ArticleException {
        Article a = reader.read(file);
        limits.check(a, file.toString());
        return a;
    }

    private Analysed analysed(Article article, String source, long readNanos, long start) throws ArticleException {
        Extractor.Timed t;
        try {
            t = extractor.extractTimed(article);
        } catch (RuntimeException e) {
            throw failure(source, e);
        }
        StageTimes times = new StageTimes(readNanos, t.corenlpNanos(), t.extractNanos(), 0, 0, 0, t.tokens());
        long r0 = System.nanoTime();
        Model graph;
        try {
            graph = new GraphBuilder().build(t.extraction());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted())
                throw new ArticleException(source, "abandoned");
            return new Analysed(source, t.extraction(), null, e, List.of(), times, System.nanoTime() - start);
        }
        long s0 = System.nanoTime();
        List<String> violations = validator.violations(graph);
        long end = System.nanoTime();
        times = times.plus(new StageTimes(0, 0, 0, s0 - r0, end - s0, 0, 0));
        return new Analysed(source, t.extraction(), graph, null, violations, times, end - start);
    }

    private ArticleGraph graphOf(Article article, String source, long readNanos) throws ArticleException {
        Extractor.Timed t;
        Extraction x;
        long m0;
        try {
            t = extractor.extractTimed(article);
            m0 = System.nanoTime();
            x = Txn.calculateRead(dataset, () -> IncidentMerger.merge(dataset, t.extraction()));
        } catch (RuntimeException e) {
            throw failure(source, e);
        }
        StageTimes times = new StageTimes(readNanos, t.corenlpNanos(), t.extractNanos() + System.nanoTime() - m0, 0, 0,
                                          0, t.tokens());
        return built(x, source, times);
    }

    /** Builds and validates the graph of {@code x}. */
    private ArticleGraph built(Extraction x, String source, StageTimes times) throws ArticleException {
        long r0 = System.nanoTime();
        Model graph;
        try {
            graph = new GraphBuilder().build(x);
        } catch (RuntimeException e) {
            throw failure(source, e);
        }
        long s0 = System.nanoTime();
        List<String> violations = validator.violations(graph);
        times = times.plus(new StageTimes(0, 0, 0, s0 - r0, System.nanoTime() - s0, 0, 0));
        return checked(source, x, graph, violations, times);
    }

    private static ArticleGraph checked(String source, Extraction x, Model graph, List<String> violations,
                                        StageTimes times) throws ArticleException {
        if (!violations.isEmpty())
            throw new ArticleException(source, "the extracted graph breaks " + violations.size()
                    + " SHACL constraint(s); first: " + TimeBudget.oneLine(violations.get(0)));
        return new ArticleGraph(source, GraphBuilder.articleIri(x.article().id()), graph, times);
    }

    private static ArticleException failure(String source, RuntimeException e) {
        if (Thread.currentThread().isInterrupted())
            return new ArticleException(source, "abandoned");
        return new ArticleException(source, "extraction failed: " + TimeBudget.oneLine(e.toString()), e);
    }

    /** The article files a path stands for: the file itself, or every {@code *.txt} in a folder, sorted. */
    public static List<Path> articleFiles(Path path) throws IOException {
        if (!Files.isDirectory(path))
            return List.of(path);
        try (var s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
