package incidentkg.bench;

import incidentkg.model.StageTimes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one load benchmark run. Times in seconds; stage times are summed over the articles of the
 * one-thread run (the stages of an article run one after another there, so they add up to its time). Bare
 * CoreNLP, the one-thread load and the many-thread load ran one after the other in each of {@code rounds}; the
 * figures of bare CoreNLP and of the one-thread load are those of round {@code medianRound} (0-based), the one
 * with the median wall-clock ratio, and those of the many-thread load and its speedup are those of round
 * {@code speedupRound}, the one with the median speedup.
 */
public record LoadReport(String date, String java, int processors, int articles, int failed, long tokens,
                         double modelLoadSeconds, StageTimes stages, double bareSeconds, long bareTokens,
                         Run oneThread, Run threads, Bulk bulk, long peakHeapBytes, long maxHeapBytes,
                         String pipelines, Batched batched, Cpu cpu, Run bareThreads, List<Round> rounds,
                         int medianRound, int speedupRound) {
    public LoadReport {
        rounds = List.copyOf(rounds);
    }

    /**
     * One round of bare CoreNLP followed by the one-thread load of the same articles and the many-thread one:
     * wall-clock seconds of each, and the CPU seconds of the threads doing the work ({@link CpuUse#work()}) of
     * the first two. {@code threadsSeconds} is NaN when only one thread was asked for.
     */
    public record Round(double bareSeconds, double loadSeconds, double bareCpuSeconds, double loadCpuSeconds,
                        double threadsSeconds) {
        /** The one-thread load's wall-clock time over bare CoreNLP's in this round. */
        public double wallClockRatio() {
            return per(loadSeconds, bareSeconds);
        }

        /** The one-thread load's CPU time over bare CoreNLP's in this round. */
        public double cpuRatio() {
            return per(loadCpuSeconds, bareCpuSeconds);
        }

        /** The many-thread load's speedup over the one-thread load of this round; NaN without it. */
        public double speedup() {
            return per(loadSeconds, threadsSeconds);
        }

        /** The index of the round whose {@code measure} is the median (the lower middle one of an even count). */
        public static int median(List<Round> rounds, ToDoubleFunction<Round> measure) {
            if (rounds.isEmpty())
                throw new IllegalArgumentException("no rounds");
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rounds.size(); i++)
                order.add(i);
            order.sort(Comparator.comparingDouble(i -> measure.applyAsDouble(rounds.get(i))));
            return order.get((rounds.size() - 1) / 2);
        }
    }

    /** One timed load of all articles: wall-clock seconds, threads used. */
    public record Run(int threads, double seconds, int articles, long tokens) {
        public double articlesPerSecond() { return per(articles, seconds); }
        public double tokensPerSecond() { return per(tokens, seconds); }
    }

    /** Store writing: our one-transaction-per-article writes against Jena's parallel bulk loader, same quads. */
    public record Bulk(long quads, double oursSeconds, double jenaSeconds) {
        public double oursQuadsPerSecond() { return per(quads, oursSeconds); }
        public double jenaQuadsPerSecond() { return per(quads, jenaSeconds); }
        /** Ours over Jena's rate: 1.0 means as fast. */
        public double ratio() { return per(oursQuadsPerSecond(), jenaQuadsPerSecond()); }
    }

    /**
     * The one-thread load again with up to {@code batch} articles per write transaction ({@code load --batch}),
     * and the many-thread load so ({@code threads}; null when only one thread was asked for).
     */
    public record Batched(int batch, StageTimes stages, Run run, Run threads) {}

    /**
     * CPU time of bare CoreNLP, of the one-thread load, of the batched one-thread load (null without that run) and
     * of the many-thread load (null when only one thread was asked for).
     * On a machine shared with other work the CPU time of the threads doing a run's work varies less than its
     * wall-clock time.
     */
    public record Cpu(CpuUse bare, CpuUse oneThread, CpuUse batched, CpuUse threads) {
        /** The one-thread load's CPU time in its worker and writer threads over bare CoreNLP's annotating thread's. */
        public double workRatio() {
            return per(oneThread.work(), bare.work());
        }

        /** The same for the batched load; NaN without that run. */
        public double batchedWorkRatio() {
            return batched == null ? Double.NaN : per(batched.work(), bare.work());
        }

        /** The one-thread load's process CPU time (compilers and collector included) over bare CoreNLP's. */
        public double processRatio() {
            return per(oneThread.process(), bare.process());
        }
    }

    /** The batched many-thread run's speedup over the batched one-thread run; NaN without those runs. */
    public double batchedThreadsSpeedup() {
        return batched == null || batched.threads() == null ? Double.NaN
                : per(batched.run().seconds(), batched.threads().seconds());
    }

    /** The batched run's time for the articles (every stage) over bare CoreNLP's; NaN without that run. */
    public double batchedOverheadRatio() {
        return batched == null ? Double.NaN : per(seconds(batched.stages().total()), bareSeconds);
    }

    /** The batched run's store writing against Jena's parallel loader on the same quads; null without that run. */
    public Bulk batchedWriting() {
        return batched == null ? null : new Bulk(bulk.quads(), seconds(batched.stages().write()), bulk.jenaSeconds());
    }

    /** The one-thread run's time over the batched run's; NaN without that run. */
    public double batchedSpeedup() {
        return batched == null ? Double.NaN : per(oneThread.seconds(), batched.run().seconds());
    }

    /**
     * Our time for the articles (every stage, writing included, summed as if nothing overlapped) over bare
     * CoreNLP's on the same texts.
     */
    public double overheadRatio() {
        return per(seconds(stages.total()), bareSeconds);
    }

    /**
     * The one-thread load's wall-clock time over bare CoreNLP's: what a user waits. Lower than
     * {@link #overheadRatio()} because the writer commits one article while the worker analyses the next.
     */
    public double wallClockRatio() {
        return per(oneThread.seconds(), bareSeconds);
    }

    /** The batched run's wall-clock time over bare CoreNLP's; NaN without that run. */
    public double batchedWallClockRatio() {
        return batched == null ? Double.NaN : per(batched.run().seconds(), bareSeconds);
    }

    /** The speedup of the many-thread run over the one-thread run (1 when only one was run). */
    public double speedup() {
        return threads == null ? 1.0 : rounds.get(speedupRound).speedup();
    }

    /**
     * Bare CoreNLP's own speedup on as many threads as the many-thread load, each thread annotating with its own
     * pipeline when the load has one per thread: how far the machine lets CoreNLP scale, the ceiling for
     * {@link #speedup()}. NaN when only one thread was asked for.
     */
    public double bareSpeedup() {
        return bareThreads == null ? Double.NaN : per(bareSeconds, bareThreads.seconds());
    }

    /** The stage names with their summed seconds, in order. */
    public List<Double> stageSeconds() {
        long[] s = stages.stages();
        List<Double> out = new ArrayList<>();
        for (long n : s)
            out.add(seconds(n));
        return out;
    }

    /** {@code a / b}, with a zero or tiny {@code b} (a run too short to time) counted as a nanosecond. */
    static double per(double a, double b) {
        return a / Math.max(b, 1e-9);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
