package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.StageTimes;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Loads a batch of articles with the language analysis on several worker threads and every store access on the
 * calling thread, the one writer: workers {@linkplain ArticleLoader#analyse analyse} articles ahead (at most two
 * per worker waiting); the writer takes them in the batch's order, {@linkplain ArticleLoader#finishHere merges}
 * each with the incidents stored so far and writes it. Of the articles waiting for a worker, the longest goes
 * first (by file size, or text length): the order of writing stays the batch's, but the last article analysed
 * is more often a short one, so that a worker idles less at the end while another finishes.
 * <p>
 * By default each article is written in a transaction of its own. Asked for batches, one write transaction holds
 * up to {@code batchArticles} whole articles and commits after at most {@code batchTime} (or when the input
 * ends), because a TDB2 commit and a text index commit each wait for the disk, which costs more than writing an
 * article's triples. An article that fails to
 * extract, merge or validate has written nothing and the batch goes on without it. If a write itself fails, or
 * the commit does, the batch is rolled back and its articles are loaded again one transaction each, so that only
 * the faulty one fails. So the store ends exactly as after loading the articles one by one in that order, with the
 * same one-line errors, and an article that fails leaves the store as it was. Each article is reported once its
 * batch has committed; a crash loses at most the batch being written, never part of an article.
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

    /** The default number of articles in one write transaction: one, as the command line's contract says. */
    public static final int DEFAULT_BATCH_ARTICLES = 1;
    /** The default longest time a write transaction stays open before it commits. */
    public static final Duration DEFAULT_BATCH_TIME = Duration.ofSeconds(2);

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ArticleLoader loader;
    private final Dataset dataset;
    private final int threads;
    private final int batchArticles;
    private final Duration batchTime;

    public ParallelLoader(ArticleLoader loader, int threads) {
        this(loader, threads, DEFAULT_BATCH_ARTICLES, DEFAULT_BATCH_TIME);
    }

    /** {@code batchArticles} 1 writes each article in its own transaction; more share one, for speed. */
    public ParallelLoader(ArticleLoader loader, int threads, int batchArticles, Duration batchTime) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (batchArticles < 1)
            throw new IllegalArgumentException("batchArticles must be at least 1: " + batchArticles);
        this.loader = loader;
        this.dataset = loader.dataset();
        this.threads = threads;
        this.batchArticles = batchArticles;
        this.batchTime = batchTime;
    }

    public int threads() { return threads; }

    /** Loads {@code files} in order; {@code each} hears of every article, in order, on the calling thread. */
    public void load(List<Path> files, Consumer<Result> each) throws InterruptedException {
        run(files, Path::toString, ParallelLoader::size, loader::analyse, each);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0;   // the analysis reports what is wrong with the file
        }
    }

    /** An article already read, with the name its errors give. */
    public record Named(Article article, String source) {}

    /** Loads articles already read, in order; {@code each} hears of every article, in order. */
    public void loadArticles(List<Named> articles, Consumer<Result> each) throws InterruptedException {
        run(articles, Named::source, n -> n.article().text().length(), n -> loader.analyse(n.article(), n.source()),
            each);
    }

    private interface Analysis<T> {
        ArticleLoader.Analysed apply(T item) throws ArticleException;
    }

    private <T> void run(List<T> items, java.util.function.Function<T, String> name, ToLongFunction<T> length,
                         Analysis<T> analysis, Consumer<Result> each) throws InterruptedException {
        if (dataset.isInTransaction())
            throw new IllegalStateException("the loader's thread is already in a transaction");
        int pool = POOLS.incrementAndGet();
        DaemonThreads made = new DaemonThreads("ikg-worker-" + pool + "-", new AtomicInteger());
        // the tasks waiting for a worker are only those of the articles ahead of the writer
        LongestFirstWorkers workers = new LongestFirstWorkers(threads, made);
        Batch batch = new Batch(each);
        try {
            Deque<Future<ArticleLoader.Analysed>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && ahead.size() < 2 * threads + 1) {
                    T item = items.get(next++);
                    ahead.add(workers.submit(() -> analysis.apply(item), length.applyAsLong(item)));
                }
                String source = name.apply(items.get(i));
                ArticleLoader.Analysed a;
                try {
                    a = batch.await(source, ahead.poll());
                } catch (ArticleException e) {
                    batch.add(new Entry(source, null, null, e, StageTimes.NONE));
                    continue;
                }
                batch.write(source, a);
                if (batch.full())
                    batch.commit();
            }
            batch.commit();
        } finally {
            batch.abandon();
            workers.shutdownNow();
            // a load ends with its workers: none is left running, or idle, when the caller goes on
            try {
                made.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One article of a batch: analysed, then written ({@code outcome}) or failed ({@code error}). */
    private record Entry(String source, ArticleLoader.Analysed analysed, ArticleLoader.Outcome outcome,
                         ArticleException error, StageTimes times) {}

    /** The write transaction being filled, and its articles, whose results wait for the commit. */
    private final class Batch {
        private final Consumer<Result> each;
        private final List<Entry> entries = new ArrayList<>();
        private int written;
        private long openedAt;

        Batch(Consumer<Result> each) {
            this.each = each;
        }

        /** The analysis of the next article; commits the open batch first if it would wait longer than allowed. */
        ArticleLoader.Analysed await(String source, Future<ArticleLoader.Analysed> f)
                throws ArticleException, InterruptedException {
            if (dataset.isInTransaction()) {
                long left = batchTime.toNanos() - (System.nanoTime() - openedAt);
                try {
                    return get(source, f, Math.max(0, left));
                } catch (TimeoutException e) {
                    commit();
                }
            }
            return get(source, f);
        }

        void add(Entry e) {
            entries.add(e);
            if (!dataset.isInTransaction())
                flush();
        }

        void write(String source, ArticleLoader.Analysed a) {
            if (batchArticles == 1) {
                entries.add(alone(new Entry(source, a, null, null, StageTimes.NONE)));
                flush();
                return;
            }
            if (!dataset.isInTransaction()) {
                dataset.begin(ReadWrite.WRITE);
                openedAt = System.nanoTime();
            }
            ArticleGraph graph;
            try {
                graph = loader.finishHere(a);
            } catch (ArticleException e) {
                entries.add(new Entry(source, a, null, e, StageTimes.NONE));
                if (!dataset.isInTransaction())
                    replay(); // a failed read rolled the transaction back: what the batch wrote is gone
                return;
            }
            try {
                long t0 = System.nanoTime();
                ArticleLoader.Outcome outcome = loader.write(graph);
                entries.add(new Entry(source, a, outcome, null, graph.times().withWrite(System.nanoTime() - t0)));
                written++;
            } catch (ArticleException e) {
                // the article may be half written: roll the batch back and load its articles one by one
                entries.add(new Entry(source, a, null, e, StageTimes.NONE));
                replay();
            }
        }

        boolean full() {
            return written >= batchArticles
                || (dataset.isInTransaction() && System.nanoTime() - openedAt >= batchTime.toNanos());
        }

        /** Commits the open transaction and reports its articles, with the commit's time shared among them. */
        void commit() {
            if (dataset.isInTransaction()) {
                long t0 = System.nanoTime();
                boolean committed = false;
                try {
                    dataset.commit();
                    committed = true;
                } catch (RuntimeException e) {
                    // nothing of the batch is stored: load its articles one by one, so each reports its own error
                } finally {
                    dataset.end();
                }
                if (!committed) {
                    replay();
                    return;
                }
                long share = written == 0 ? 0 : (System.nanoTime() - t0) / written;
                entries.replaceAll(e -> e.outcome() == null ? e
                        : new Entry(e.source(), e.analysed(), e.outcome(), null, e.times().withWrite(e.times().write() + share)));
            }
            flush();
        }

        /** Rolls the open transaction back, if any. */
        void abandon() {
            if (dataset.isInTransaction()) {
                try {
                    dataset.abort();
                } finally {
                    dataset.end();
                }
            }
        }

        /** Loads the batch's articles again, each in its own transaction, in order, and reports them. */
        private void replay() {
            abandon();
            List<Entry> again = new ArrayList<>();
            for (Entry e : entries)
                again.add(e.analysed() == null ? e : alone(e));
            entries.clear();
            entries.addAll(again);
            flush();
        }

        /** An analysed article merged and written in a transaction of its own. */
        private Entry alone(Entry e) {
            try {
                ArticleGraph graph = loader.finish(e.analysed());
                long t0 = System.nanoTime();
                ArticleLoader.Outcome outcome = loader.write(graph);
                return new Entry(e.source(), e.analysed(), outcome, null, graph.times().withWrite(System.nanoTime() - t0));
            } catch (ArticleException x) {
                return new Entry(e.source(), e.analysed(), null, x, StageTimes.NONE);
            }
        }

        private void flush() {
            for (Entry e : entries)
                each.accept(new Result(e.source(), e.outcome(), e.error(), e.times()));
            entries.clear();
            written = 0;
        }
    }

    private static ArticleLoader.Analysed get(String source, Future<ArticleLoader.Analysed> f)
            throws ArticleException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw unwrapped(source, e);
        }
    }

    private static ArticleLoader.Analysed get(String source, Future<ArticleLoader.Analysed> f, long nanos)
            throws ArticleException, InterruptedException, TimeoutException {
        try {
            return f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw unwrapped(source, e);
        }
    }

    private static ArticleException unwrapped(String source, ExecutionException e) {
        if (e.getCause() instanceof ArticleException ae)
            return ae;
        return new ArticleException(source, "failed: " + TimeBudget.oneLine(String.valueOf(e.getCause())), e.getCause());
    }
}
