package incidentkg.cli;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.ArticleQuads;
import incidentkg.store.BulkLoad;
import incidentkg.store.ParallelLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads paths into a store with a progress bar on stderr, one line per failed file, and a summary. */
final class Loading {
    private Loading() {}

    /** The article files the paths stand for, in order. */
    static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths)
            files.addAll(ArticleLoader.articleFiles(p));
        return files;
    }

    /** Returns the number of files that failed; the default limits, one worker per processor. */
    static int load(Store store, KnowledgeBase kb, long maxBytes, List<Path> paths, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        return load(store, kb, maxBytes, ArticleLimits.DEFAULTS, ParallelLoader.defaultThreads(), false, 1, paths, out, err);
    }

    /** Returns the number of files that failed; {@code batch} articles at most share a write transaction. */
    static int load(Store store, KnowledgeBase kb, long maxBytes, ArticleLimits limits, int threads, boolean perThread,
                    int batch, List<Path> paths, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<Path> files = files(paths);
        if (files.isEmpty())
            return 0;
        err.println("loading " + files.size() + " article(s) with " + threads + " thread(s); starting the language models…");
        err.flush();
        Tally tally = new Tally(new Progress(err, files.size(), Progress.terminal()));
        try (ArticleLoader loader = new ArticleLoader(store, new ArticleReader(maxBytes),
                                                      extractor(kb, threads, perThread, err), limits)) {
            new ParallelLoader(loader, threads, batch, ParallelLoader.DEFAULT_BATCH_TIME).load(files, tally);
        }
        store.sync();
        out.printf("%d loaded, %d unchanged, %d failed%n", tally.loaded, tally.unchanged, tally.failed);
        out.flush();
        return tally.failed;
    }

    /**
     * {@code load --bulk}: extracts every article with a store in memory, writes the quads to a temporary
     * N-Quads file and loads it into {@code store} with Jena's parallel bulk loader. Returns the number of
     * files that failed, or -1 when the store is not empty (said on {@code err}).
     */
    static int loadBulk(Store store, KnowledgeBase kb, long maxBytes, ArticleLimits limits, int threads,
                        boolean perThread, List<Path> paths, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        var content = BulkLoad.contentGraphs(store.dataset());
        if (!content.isEmpty()) {
            err.println(store.dir() + ": --bulk loads only into a new, empty store, and this one holds "
                    + content.size() + " graph(s) of data (load without --bulk to add to it)");
            err.flush();
            return -1;
        }
        List<Path> files = files(paths);
        if (files.isEmpty())
            return 0;
        err.println("extracting " + files.size() + " article(s) with " + threads + " thread(s); starting the language models…");
        err.flush();
        ArticleQuads quads = new ArticleQuads(kb, new ArticleReader(maxBytes), extractor(kb, threads, perThread, err),
                                              limits, threads);
        Tally tally = new Tally(new Progress(err, files.size(), Progress.terminal()));
        Path nq = Files.createTempFile("incidentkg-bulk-", ".nq");
        try {
            ArticleQuads.Summary s;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(nq))) {
                s = quads.write(files, o, false, tally);
            }
            err.println("bulk loading " + s.quads() + " quads with Jena's TDB2 parallel loader…");
            err.flush();
            store.bulkLoad(nq);
        } finally {
            Files.deleteIfExists(nq);
        }
        out.printf("%d loaded, %d unchanged, %d failed%n", tally.loaded, tally.unchanged, tally.failed);
        out.flush();
        return tally.failed;
    }

    /**
     * The extractor of {@code threads} analysing threads: all on the shared pipeline, or with {@code perThread}
     * a pipeline each (the shared one and {@code threads - 1} private copies of the models).
     */
    static Extractor extractor(KnowledgeBase kb, int threads, boolean perThread, PrintWriter err) {
        if (!perThread || threads == 1)
            return new Extractor(kb, NlpPipeline.shared());
        err.println("loading " + (threads - 1) + " more copy(ies) of the language models (--pipelines per-thread)…");
        err.flush();
        List<NlpPipeline> all = new java.util.ArrayList<>(List.of(NlpPipeline.shared()));
        for (int i = 1; i < threads; i++)
            all.add(NlpPipeline.createPrivate());
        return new Extractor(kb, all);
    }

    /** Counts outcomes, prints failures and moves the bar. */
    static final class Tally implements java.util.function.Consumer<ParallelLoader.Result> {
        private final Progress progress;
        int loaded, unchanged, failed, done;

        Tally(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void accept(ParallelLoader.Result r) {
            done++;
            if (r.failed()) {
                failed++;
                progress.message(r.error().getMessage());
            } else if (r.outcome() == ArticleLoader.Outcome.LOADED) {
                loaded++;
            } else {
                unchanged++;
            }
            progress.step(done, Path.of(r.source()).getFileName().toString());
        }
    }
}
