package incidentkg.spark;

import incidentkg.model.ArticleException;
import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleGraph;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Turns a raw article into its named graph on an executor, by the loader's own path: the text (and sidecar)
 * become {@code ID.txt} (and {@code ID.json}) in a scratch folder, read by {@link ArticleReader}, then
 * {@link ArticleLoader#prepare(Path)} checks the limits, extracts, builds the graph and validates it with
 * SHACL against an in-memory store that holds only the ontology and the gazetteer. Nothing is written there,
 * so articles do not see one another (see the README on cross-article merging).
 * <p>One loader per JVM, built on first use, so each executor loads the CoreNLP models once
 * ({@link NlpPipeline#shared()}) and its tasks share them; the loader is safe to use from several threads.
 */
public final class ArticleGraphs {
    private static volatile ArticleLoader loader;
    private static volatile long loaderMaxBytes;
    private static volatile long loaderTimeout;

    private ArticleGraphs() {}

    /**
     * The JVM's loader for articles of at most {@code maxBytes}, each given {@code timeoutSeconds} (the
     * models load before, outside that budget).
     */
    static ArticleLoader loader(long maxBytes, long timeoutSeconds) {
        ArticleLoader l = loader;
        if (l != null && loaderMaxBytes == maxBytes && loaderTimeout == timeoutSeconds)
            return l;
        synchronized (ArticleGraphs.class) {
            if (loader == null || loaderMaxBytes != maxBytes || loaderTimeout != timeoutSeconds) {
                KnowledgeBase kb = KnowledgeBase.bundled();
                loader = new ArticleLoader(Store.inMemory(kb), new ArticleReader(maxBytes),
                                           new Extractor(kb, NlpPipeline.shared()),
                                           ArticleLimits.DEFAULTS.withTimeout(Duration.ofSeconds(timeoutSeconds)));
                loaderMaxBytes = maxBytes;
                loaderTimeout = timeoutSeconds;
            }
            return loader;
        }
    }

    /** The article's graph; the exception names {@code raw.source()}. */
    public static ArticleGraph graph(RawArticle raw, long maxBytes, long timeoutSeconds) throws ArticleException {
        if (raw.problem() != null)
            throw new ArticleException(raw.source(), raw.problem());
        String bad = badId(raw.id());
        if (bad != null)
            throw new ArticleException(raw.source(), bad);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ikg-spark-");
            Path txt = dir.resolve(raw.id() + ".txt");
            Files.write(txt, raw.text());
            if (raw.sidecar() != null)
                Files.write(dir.resolve(raw.id() + ".json"), raw.sidecar());
            ArticleGraph g = loader(maxBytes, timeoutSeconds).prepare(txt);
            return new ArticleGraph(raw.source(), g.name(), g.graph());
        } catch (ArticleException e) {
            String where = e.source() != null && e.source().endsWith(".json") ? "metadata: " : "";
            throw new ArticleException(raw.source(), where + e.problem(), e.getCause());
        } catch (IOException e) {
            throw new ArticleException(raw.source(), "cannot stage the article on this executor: " + e.getMessage(), e);
        } finally {
            if (dir != null)
                delete(dir);
        }
    }

    /** Why {@code id} cannot name an article file, or null. */
    static String badId(String id) {
        if (id == null || id.isBlank())
            return "no id";
        if (id.length() > 200)
            return "id longer than 200 characters";
        if (id.equals(".") || id.equals("..") || id.startsWith(".")
                || id.chars().anyMatch(c -> c == '/' || c == '\\' || c == 0 || Character.isISOControl(c)))
            return "id \"" + id + "\" cannot be a file name";
        return null;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left in the temporary directory
        }
    }
}
