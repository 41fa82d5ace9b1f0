package incidentkg.bench;

import incidentkg.model.StageTimes;

import java.util.List;

/**
 * The figures of one load benchmark run. Times in seconds; stage times are summed over the articles of the
 * one-thread run (the stages of an article run one after another there, so they add up to its time).
 */
public record LoadReport(String date, String java, int processors, int articles, int failed, long tokens,
                         double modelLoadSeconds, StageTimes stages, double bareSeconds, long bareTokens,
                         Run oneThread, Run threads, Bulk bulk, long peakHeapBytes, long maxHeapBytes,
                         String pipelines, Batched batched) {
    /** One timed load of all articles: wall-clock seconds, threads used. */
    public record Run(int threads, double seconds, int articles, long tokens) {
        public double articlesPerSecond() { return articles / Math.max(seconds, 1e-9); }
        public double tokensPerSecond() { return tokens / Math.max(seconds, 1e-9); }
    }

    /** Store writing: our one-transaction-per-article writes against Jena's parallel bulk loader, same quads. */
    public record Bulk(long quads, double oursSeconds, double jenaSeconds) {
        public double oursQuadsPerSecond() { return quads / Math.max(oursSeconds, 1e-9); }
        public double jenaQuadsPerSecond() { return quads / Math.max(jenaSeconds, 1e-9); }
        /** Ours over Jena's rate: 1.0 means as fast. */
        public double ratio() { return oursQuadsPerSecond() / Math.max(jenaQuadsPerSecond(), 1e-9); }
    }

    /**
     * The one-thread load again with up to {@code batch} articles per write transaction ({@code load --batch}),
     * and the many-thread load so ({@code threads}; null when only one thread was asked for).
     */
    public record Batched(int batch, StageTimes stages, Run run, Run threads) {}

    /** The batched many-thread run's speedup over the batched one-thread run; NaN without those runs. */
    public double batchedThreadsSpeedup() {
        return batched == null || batched.threads() == null ? Double.NaN
                : batched.run().seconds() / Math.max(batched.threads().seconds(), 1e-9);
    }

    /** The batched run's time for the articles (every stage) over bare CoreNLP's; NaN without that run. */
    public double batchedOverheadRatio() {
        return batched == null ? Double.NaN : seconds(batched.stages().total()) / Math.max(bareSeconds, 1e-9);
    }

    /** The batched run's store writing against Jena's parallel loader on the same quads; null without that run. */
    public Bulk batchedWriting() {
        return batched == null ? null : new Bulk(bulk.quads(), seconds(batched.stages().write()), bulk.jenaSeconds());
    }

    /** The one-thread run's time over the batched run's; NaN without that run. */
    public double batchedSpeedup() {
        return batched == null ? Double.NaN : oneThread.seconds() / Math.max(batched.run().seconds(), 1e-9);
    }

    /**
     * Our time for the articles (every stage, writing included, summed as if nothing overlapped) over bare
     * CoreNLP's on the same texts.
     */
    public double overheadRatio() {
        return seconds(stages.total()) / Math.max(bareSeconds, 1e-9);
    }

    /**
     * The one-thread load's wall-clock time over bare CoreNLP's: what a user waits. Lower than
     * {@link #overheadRatio()} because the writer commits one article while the worker analyses the next.
     */
    public double wallClockRatio() {
        return oneThread.seconds() / Math.max(bareSeconds, 1e-9);
    }

    /** The batched run's wall-clock time over bare CoreNLP's; NaN without that run. */
    public double batchedWallClockRatio() {
        return batched == null ? Double.NaN : batched.run().seconds() / Math.max(bareSeconds, 1e-9);
    }

    /** The speedup of the many-thread run over the one-thread run (1 when only one was run). */
    public double speedup() {
        return threads == null ? 1.0 : oneThread.seconds() / Math.max(threads.seconds(), 1e-9);
    }

    /** The stage names with their summed seconds, in order. */
    public List<Double> stageSeconds() {
        long[] s = stages.stages();
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (long n : s)
            out.add(seconds(n));
        return out;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
