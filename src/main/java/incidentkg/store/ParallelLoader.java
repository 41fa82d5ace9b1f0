package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.StageTimes;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Loads a batch of articles with the language analysis on several worker threads and every store access on the
 * calling thread, the one writer: workers {@linkplain ArticleLoader#analyse analyse} articles ahead (at most two
 * per worker waiting); the writer takes them in the batch's order, {@linkplain ArticleLoader#finish merges} each
 * with the incidents stored so far and writes it in its own transaction. So the store ends exactly as after
 * loading the articles one by one in that order, with the same one-line errors, and an article that fails leaves
 * the store as it was.
 */
public final class ParallelLoader {
    /** What happened to one article: an outcome, or the error; where its time went. */
    public record Result(String source, ArticleLoader.Outcome outcome, ArticleException error, StageTimes times) {
        public boolean failed() { return error != null; }
    }

    /** The default number of worker threads: the processors available. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ArticleLoader loader;
    private final int threads;

    public ParallelLoader(ArticleLoader loader, int threads) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.loader = loader;
        this.threads = threads;
    }

    public int threads() { return threads; }

    /** Loads {@code files} in order; {@code each} hears of every article, in order, on the calling thread. */
    public void load(List<Path> files, Consumer<Result> each) throws InterruptedException {
        run(files, Path::toString, loader::analyse, each);
    }

    /** An article already read, with the name its errors give. */
    public record Named(Article article, String source) {}

    /** Loads articles already read, in order; {@code each} hears of every article, in order. */
    public void loadArticles(List<Named> articles, Consumer<Result> each) throws InterruptedException {
        run(articles, Named::source, n -> loader.analyse(n.article(), n.source()), each);
    }

    private interface Analysis<T> {
        ArticleLoader.Analysed apply(T item) throws ArticleException;
    }

    private <T> void run(List<T> items, java.util.function.Function<T, String> name, Analysis<T> analysis,
                         Consumer<Result> each) throws InterruptedException {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ikg-worker-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ArticleLoader.Analysed>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && ahead.size() < 2 * threads + 1) {
                    T item = items.get(next++);
                    ahead.add(workers.submit(() -> analysis.apply(item)));
                }
                each.accept(written(name.apply(items.get(i)), ahead.poll()));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private Result written(String source, Future<ArticleLoader.Analysed> analysed) throws InterruptedException {
        try {
            ArticleGraph graph = loader.finish(get(source, analysed));
            long t0 = System.nanoTime();
            ArticleLoader.Outcome outcome = loader.write(graph);
            return new Result(source, outcome, null, graph.times().withWrite(System.nanoTime() - t0));
        } catch (ArticleException e) {
            return new Result(source, null, e, StageTimes.NONE);
        }
    }

    private static ArticleLoader.Analysed get(String source, Future<ArticleLoader.Analysed> f)
            throws ArticleException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArticleException ae)
                throw ae;
            throw new ArticleException(source, "failed: " + TimeBudget.oneLine(String.valueOf(e.getCause())), e.getCause());
        }
    }
}
