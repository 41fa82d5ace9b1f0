package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.Extraction;
import org.apache.jena.system.Txn;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.text.ArticleReader;
import org.apache.jena.rdf.model.Model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads articles into a store: read and check the file against the {@link ArticleLimits}, extract, merge its
 * incidents with those other articles reported ({@link IncidentMerger}), build its graph and validate it with
 * SHACL, all on a worker thread within the article's time budget ({@link TimeBudget}); then, only when all of
 * that succeeded, store the graph in one write transaction ({@link ArticleWriter}). An article that fails at
 * any step, or takes too long, leaves the store as it was and gives a one-line {@code SOURCE: problem}; an
 * article whose graph is already stored unchanged is not written again.
 */
public final class ArticleLoader {
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

    public Outcome load(Path file) throws ArticleException {
        return writer.write(prepare(file));
    }

    /** Loads an article already read; {@code source} names it in errors. */
    public Outcome load(Article article, String source) throws ArticleException {
        return writer.write(prepare(article, source));
    }

    /** Reads and checks a file without extracting anything: the cheap first half of {@link #prepare(Path)}. */
    public Article read(Path file) throws ArticleException {
        return budget.run(file.toString(), () -> readChecked(file));
    }

    /** Reads, checks, extracts and validates a file within the time budget; writes nothing. */
    public ArticleGraph prepare(Path file) throws ArticleException {
        String source = file.toString();
        return budget.run(source, () -> graphOf(readChecked(file), source));
    }

    /** Checks, extracts and validates an article within the time budget; writes nothing. */
    public ArticleGraph prepare(Article article, String source) throws ArticleException {
        return budget.run(source, () -> {
            limits.check(article, source);
            return graphOf(article, source);
        });
    }

    private Article readChecked(Path file) throws ArticleException {
        Article a = reader.read(file);
        limits.check(a, file.toString());
        return a;
    }

    private ArticleGraph graphOf(Article article, String source) throws ArticleException {
        Model graph;
        try {
            Extraction extracted = extractor.extract(article);
            Extraction x = Txn.calculateRead(dataset, () -> IncidentMerger.merge(dataset, extracted));
            graph = new GraphBuilder().build(x);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted())
                throw new ArticleException(source, "abandoned");
            throw new ArticleException(source, "extraction failed: " + TimeBudget.oneLine(e.toString()), e);
        }
        List<String> violations = validator.violations(graph);
        if (!violations.isEmpty())
            throw new ArticleException(source, "the extracted graph breaks " + violations.size()
                    + " SHACL constraint(s); first: " + TimeBudget.oneLine(violations.get(0)));
        return new ArticleGraph(source, GraphBuilder.articleIri(article.id()), graph);
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
