package incidentkg.bench;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.StageTimes;
import incidentkg.nlp.BareCoreNLP;
import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.ArticleQuads;
import incidentkg.store.BulkLoad;
import incidentkg.store.ParallelLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Measures the loader on a set of article files, in one process: the time to load the language models; bare
 * CoreNLP (the same annotators and options, nothing of ours) on the articles' texts; a load with one thread into
 * a new TDB2 store, its time split by stage; the same load with several threads into another new store; the
 * quads our store writing wrote against Jena's TDB2 parallel loader on the same quads (as N-Quads) into a third;
 * optionally the one-thread and the many-thread loads again with batches of articles per write transaction; the
 * CPU time of bare CoreNLP and of the one-thread loads, by kind of thread ({@link CpuUse}); and the peak heap.
 * Beforehand every article is loaded into a scratch store and bare CoreNLP annotates every text, unmeasured,
 * as many times as asked, so that the JIT has compiled what the measured runs need.
 */
public final class LoadBenchmark {
    /**
     * What to run: the article files, the threads of the second run, where the scratch stores go, the articles
     * per write transaction of the batched one-thread run (1: no such run), how many times every article is
     * loaded and annotated before anything is measured, and how many times bare CoreNLP and the one-thread load
     * run, alternately, for the ratio of the two.
     */
    public record Settings(List<Path> files, int threads, Path work, boolean privatePipelines, int batch,
                           int warmUps, int rounds) {}

    private final KnowledgeBase kb;
    private final Consumer<String> log;

    public LoadBenchmark(KnowledgeBase kb, Consumer<String> log) {
        this.kb = kb;
        this.log = log;
    }

    public LoadReport run(Settings s) throws IOException, InterruptedException {
        try (HeapPeak heap = new HeapPeak()) {
            return run(s, heap);
        }
    }

    private LoadReport run(Settings s, HeapPeak heap) throws IOException, InterruptedException {
        log.accept("loading the language models…");
        long m0 = System.nanoTime();
        NlpPipeline shared = NlpPipeline.shared().loadAll();
        BareCoreNLP bare = new BareCoreNLP(shared);
        double modelLoad = (System.nanoTime() - m0) / 1e9;
        ArticleReader reader = new ArticleReader();
        Extractor extractor = new Extractor(kb, shared);
        List<Article> texts = new ArrayList<>();
        for (Path f : s.files())
            try {
                texts.add(reader.read(f));
            } catch (ArticleException e) {
                log.accept(e.getMessage());
            }
        for (int pass = 1; pass <= s.warmUps() && !texts.isEmpty(); pass++) {
            // every article through every stage, the store write and SHACL validation included, and bare CoreNLP on
            // every text, so that the measured runs neither pay the JIT's warm-up nor share the processor with it
            log.accept("warming up (" + pass + " of " + s.warmUps() + "): every article loaded into a scratch store, "
                    + "and bare CoreNLP on every text…");
            load(s.work().resolve("warm-up-" + pass), reader, extractor, 1, s.files(), 1);
            for (Article a : texts)
                bare.annotate(a.text(), a.metadata().date().orElse(null));
        }

        Extractor ex = extractor;
        List<BareCoreNLP> bares = new ArrayList<>(List.of(bare));
        String pipelines = "shared";
        if (s.threads() > 1 && s.privatePipelines()) {
            log.accept("loading " + (s.threads() - 1) + " more copy(ies) of the language models…");
            List<NlpPipeline> all = new ArrayList<>(List.of(shared));
            for (int i = 1; i < s.threads(); i++) {
                NlpPipeline p = NlpPipeline.createPrivate().loadAll();
                all.add(p);
                bares.add(new BareCoreNLP(p));
            }
            ex = new Extractor(kb, all);
            pipelines = "one per thread";
            // a new pipeline initializes parts of its annotators on first use: not in the measured runs
            log.accept("warming up the new pipeline(s): every article loaded once with " + s.threads() + " threads…");
            load(s.work().resolve("warm-up-threads"), reader, ex, s.threads(), s.files(), 1);
        }

        // bare CoreNLP, the one-thread load and the many-thread load follow each other, round after round, and
        // each ratio is reported from the round where it is the median: on a shared machine the speed of all of
        // them drifts by a fifth within minutes, and a ratio of two runs minutes apart would measure the drift
        List<LoadReport.Round> rounds = new ArrayList<>();
        List<Measured> loads = new ArrayList<>(), manyLoads = new ArrayList<>();
        List<CpuUse> bareCpus = new ArrayList<>();
        long bareTokens = 0;
        for (int round = 1; round <= s.rounds(); round++) {
            String of = s.rounds() > 1 ? " (round " + round + " of " + s.rounds() + ")" : "";
            String suffix = round == 1 ? "" : "-" + round;
            log.accept("bare CoreNLP on " + texts.size() + " text(s)" + of + "…");
            CpuClock.Reading c0 = CpuClock.now();
            long b0 = System.nanoTime();
            bareTokens = 0;
            for (Article a : texts)
                bareTokens += bare.annotate(a.text(), a.metadata().date().orElse(null));
            double bareSeconds = (System.nanoTime() - b0) / 1e9;
            CpuUse bareCpu = CpuClock.now().since(c0);
            log.accept("loading with 1 thread" + of + "…");
            Measured load = load(s.work().resolve("one-thread" + suffix), reader, extractor, 1, s.files(), 1);
            Measured many = null;
            if (s.threads() > 1) {
                log.accept("loading with " + s.threads() + " threads" + of + "…");
                many = load(s.work().resolve("threads" + suffix), reader, ex, s.threads(), s.files(), 1);
            }
            rounds.add(new LoadReport.Round(bareSeconds, load.seconds, bareCpu.work(), load.cpu.work(),
                    many == null ? Double.NaN : many.seconds));
            loads.add(load);
            manyLoads.add(many);
            bareCpus.add(bareCpu);
        }
        int median = LoadReport.Round.median(rounds, LoadReport.Round::wallClockRatio);
        Measured one = loads.get(median);
        double bareSeconds = rounds.get(median).bareSeconds();
        CpuUse bareCpu = bareCpus.get(median);
        int medianSpeedup = LoadReport.Round.median(rounds, LoadReport.Round::speedup);
        Measured many = manyLoads.get(medianSpeedup);

        Measured batched = null;
        if (s.batch() > 1) {
            log.accept("loading with 1 thread, up to " + s.batch() + " articles per transaction…");
            batched = load(s.work().resolve("batched"), reader, extractor, 1, s.files(), s.batch());
        }
        Path nq = s.work().resolve("articles.nq");
        long quads;
        try (Store store = Store.open(s.work().resolve("one-thread"), kb);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            quads = ArticleQuads.write(store.dataset().asDatasetGraph(), out, false);
            store.expel();
        }
        log.accept("Jena's TDB2 parallel loader on the same " + quads + " quads…");
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(s.work().resolve("jena-bulk").toString());
        long j0 = System.nanoTime();
        try {
            BulkLoad.load(jena, nq);
        } finally {
            TDBInternal.expel(jena);
        }
        double jenaSeconds = (System.nanoTime() - j0) / 1e9;

        Measured manyBatched = null;
        LoadReport.Run bareThreads = null;
        if (s.threads() > 1) {
            if (batched != null) {
                log.accept("loading with " + s.threads() + " threads, up to " + s.batch() + " articles per transaction…");
                manyBatched = load(s.work().resolve("threads-batched"), reader, ex, s.threads(), s.files(), s.batch());
            }
            while (bares.size() < s.threads())
                bares.add(bare);
            log.accept("bare CoreNLP on " + texts.size() + " text(s) with " + s.threads() + " threads…");
            bareThreads = bare(texts, bares);
        }
        long peak = heap.peak();
        return new LoadReport(LocalDate.now().toString(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), one.articles, one.failed, one.times.tokens(), modelLoad,
                one.times, bareSeconds, bareTokens, one.run(1),
                many == null ? null : many.run(s.threads()),
                new LoadReport.Bulk(quads, one.times.write() / 1e9, jenaSeconds), peak,
                Runtime.getRuntime().maxMemory(), pipelines,
                batched == null ? null : new LoadReport.Batched(s.batch(), batched.times, batched.run(1),
                        manyBatched == null ? null : manyBatched.run(s.threads())),
                new LoadReport.Cpu(bareCpu, one.cpu, batched == null ? null : batched.cpu, many == null ? null : many.cpu),
                bareThreads, rounds, median, medianSpeedup);
    }

    /**
     * Bare CoreNLP on every text, a thread per pipeline in {@code bares} taking the next text until none is left,
     * the longest first (the loader's workers take the longest of the few articles ahead of its writer), timed on
     * the wall clock.
     */
    private static LoadReport.Run bare(List<Article> given, List<BareCoreNLP> bares) throws InterruptedException {
        List<Article> texts = new ArrayList<>(given);
        texts.sort(java.util.Comparator.comparingInt((Article a) -> a.text().length()).reversed());
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < bares.size(); k++) {
            BareCoreNLP b = bares.get(k);
            threads.add(new Thread(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                        Article a = texts.get(i);
                        tokens.addAndGet(b.annotate(a.text(), a.metadata().date().orElse(null)));
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-bare-" + (k + 1)));
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads)
            t.join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (failure.get() != null)
            throw failure.get();
        return new LoadReport.Run(bares.size(), seconds, texts.size(), tokens.get());
    }

    private static final class Measured {
        StageTimes times = StageTimes.NONE;
        int articles, failed;
        double seconds;
        CpuUse cpu;

        LoadReport.Run run(int threads) {
            return new LoadReport.Run(threads, seconds, articles, times.tokens());
        }
    }

    private Measured load(Path dir, ArticleReader reader, Extractor extractor, int threads, List<Path> files,
                          int batch) throws InterruptedException {
        Measured m = new Measured();
        try (Store store = Store.open(dir, kb); ArticleLoader loader = new ArticleLoader(store, reader, extractor)) {
            CpuClock.Reading c0 = CpuClock.now();
            long t0 = System.nanoTime();
            new ParallelLoader(loader, threads, batch, ParallelLoader.DEFAULT_BATCH_TIME).load(files, r -> {
                if (r.failed()) {
                    m.failed++;
                    log.accept(r.error().getMessage());
                } else {
                    m.articles++;
                    m.times = m.times.plus(r.times());
                }
            });
            m.seconds = (System.nanoTime() - t0) / 1e9;
            m.cpu = CpuClock.now().since(c0);
            // TDB2 keeps a closed store's caches for the process: let go of them, so that the scratch stores of
            // the warm-up passes do not fill the heap of the runs measured after them
            store.expel();
        }
        return m;
    }
}
