package incidentkg.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import incidentkg.model.StageTimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A {@link LoadReport} as a table for people and as JSON for scripts. */
public final class LoadReportFormat {
    private LoadReportFormat() {}

    private static final List<String> STAGE_LABELS = List.of("read, check, segment", "CoreNLP annotation",
            "extraction + resolution", "RDF building", "SHACL validation", "store write");

    public static String table(LoadReport r) {
        StringBuilder b = new StringBuilder();
        b.append(f("load benchmark: %d article(s), %d failed, %,d tokens; %d processor(s), Java %s, %s%n",
                r.articles(), r.failed(), r.tokens(), r.processors(), r.java(), r.date()));
        b.append(f("language models loaded in %.1f s%n%n", r.modelLoadSeconds()));
        b.append(f("%-26s %10s %7s %14s%n", "stage (1 thread)", "seconds", "share", "ms/article"));
        List<Double> secs = r.stageSeconds();
        double total = LoadReport.seconds(r.stages().total());
        for (int i = 0; i < secs.size(); i++)
            b.append(row(STAGE_LABELS.get(i), secs.get(i), total, r.articles()));
        b.append(row("total", total, total, r.articles()));
        b.append(f("%-26s %10.3f %7s %14.1f%n", "bare CoreNLP, same texts", r.bareSeconds(), "",
                r.articles() == 0 ? 0 : 1000 * r.bareSeconds() / r.articles()));
        b.append(f("overhead: ours / bare = %.2f (our CoreNLP stage / bare = %.2f)%n", r.overheadRatio(),
                LoadReport.per(LoadReport.seconds(r.stages().corenlp()), r.bareSeconds())));
        b.append(f("wall clock: 1-thread load / bare = %.2f (the writer commits while the worker analyses)%n",
                r.wallClockRatio()));
        if (r.rounds().size() > 1) {
            b.append(f("rounds of bare CoreNLP then the 1-thread load: wall clock %s; CPU %s (round %d reported, the median)%n",
                    ratios(r.rounds(), LoadReport.Round::wallClockRatio), ratios(r.rounds(), LoadReport.Round::cpuRatio),
                    r.medianRound() + 1));
            if (r.threads() != null)
                b.append(f("rounds, %d threads over 1 thread: %s (round %d reported, the median)%n", r.threads().threads(),
                        ratios(r.rounds(), LoadReport.Round::speedup), r.speedupRound() + 1));
        }
        b.append(f("%n"));
        LoadReport.Batched bt = r.batched();
        if (bt != null)
            b.append(f("with --batch %d (1 thread): store write %.3f s, total %.3f s; ours / bare = %.2f, wall clock %.2f%n%n",
                    bt.batch(), LoadReport.seconds(bt.stages().write()), LoadReport.seconds(bt.stages().total()),
                    r.batchedOverheadRatio(), r.batchedWallClockRatio()));
        b.append(cpu(r));
        b.append(f("%-26s %10s %12s %12s %9s%n", "throughput", "seconds", "articles/s", "tokens/s", "speedup"));
        b.append(run(r.oneThread(), 1.0));
        if (bt != null)
            b.append(run("1 thread, --batch " + bt.batch(), bt.run(), r.batchedSpeedup()));
        if (r.threads() != null)
            b.append(run(r.threads(), r.speedup()));
        if (bt != null && bt.threads() != null)
            b.append(run(bt.threads().threads() + " threads, --batch " + bt.batch(), bt.threads(), r.batchedThreadsSpeedup()));
        if (r.bareThreads() != null)
            b.append(run("bare CoreNLP, " + r.bareThreads().threads() + " threads", r.bareThreads(), r.bareSpeedup()));
        if (r.threads() != null)
            b.append(f("(%d threads: CoreNLP pipelines %s; each speedup is over 1 thread with the same --batch, bare"
                    + " CoreNLP's over bare CoreNLP on 1 thread: how far this machine lets CoreNLP scale)%n",
                    r.threads().threads(), r.pipelines()));
        b.append(f("%n%-34s %10s %10s %12s%n", "store writing, same quads", "quads", "seconds", "quads/s"));
        LoadReport.Bulk k = r.bulk();
        b.append(f("%-34s %,10d %10.3f %,12.0f%n", "ours (a transaction per article)", k.quads(), k.oursSeconds(),
                k.oursQuadsPerSecond()));
        b.append(f("%-34s %,10d %10.3f %,12.0f%n", "Jena TDB2 parallel loader", k.quads(), k.jenaSeconds(),
                k.jenaQuadsPerSecond()));
        LoadReport.Bulk kb = r.batchedWriting();
        if (kb != null)
            b.append(f("%-34s %,10d %10.3f %,12.0f%n", "ours (--batch " + bt.batch() + ")", kb.quads(), kb.oursSeconds(),
                    kb.oursQuadsPerSecond()));
        b.append(f("ours / Jena = %.2f%s%n%n", k.ratio(),
                kb == null ? "" : f(" (a transaction per article); %.2f (--batch %d)", kb.ratio(), bt.batch())));
        b.append(f("peak heap: %.0f MB (of at most %.0f MB)%n", r.peakHeapBytes() / 1048576.0,
                r.maxHeapBytes() / 1048576.0));
        return b.toString();
    }

    private static final List<String> CPU_LABELS = List.of("process (every thread)", "  measuring thread",
            "  loader's workers", "  JIT compilers", "  garbage collector", "  other");

    /** CPU seconds by kind of thread: bare CoreNLP, the one-thread load, the batched one. */
    private static String cpu(LoadReport r) {
        LoadReport.Cpu c = r.cpu();
        List<CpuUse> runs = new ArrayList<>(List.of(c.bare(), c.oneThread()));
        List<String> heads = new ArrayList<>(List.of("bare CoreNLP", "1 thread"));
        if (c.batched() != null) {
            runs.add(c.batched());
            heads.add("--batch " + r.batched().batch());
        }
        if (c.threads() != null) {
            runs.add(c.threads());
            heads.add(r.threads().threads() + " threads");
        }
        StringBuilder b = new StringBuilder();
        b.append(f("%-26s", "CPU seconds"));
        for (String h : heads)
            b.append(f(" %13s", h));
        b.append(f("%n"));
        for (int i = 0; i < CPU_LABELS.size(); i++) {
            b.append(f("%-26s", CPU_LABELS.get(i)));
            for (CpuUse u : runs)
                b.append(f(" %13.2f", cpuValues(u)[i]));
            b.append(f("%n"));
        }
        b.append(f("(the measuring thread annotates in bare CoreNLP and writes in the loads; the loader's workers analyse)%n"));
        b.append(f("CPU of the threads doing the work: ours / bare = %.2f", c.workRatio()));
        if (c.batched() != null)
            b.append(f(" (--batch %d: %.2f)", r.batched().batch(), c.batchedWorkRatio()));
        b.append(f("; whole process: %.2f%n%n", c.processRatio()));
        return b.toString();
    }

    private static double[] cpuValues(CpuUse u) {
        return new double[] {u.process(), u.self(), u.loader(), u.compiler(), u.gc(), u.other()};
    }

    private static JsonObject cpuJson(CpuUse u) {
        JsonObject o = new JsonObject();
        o.addProperty("process", u.process());
        o.addProperty("measuringThread", u.self());
        o.addProperty("loaderWorkers", u.loader());
        o.addProperty("jitCompilers", u.compiler());
        o.addProperty("garbageCollector", u.gc());
        o.addProperty("other", u.other());
        return o;
    }

    private static String row(String label, double seconds, double total, int articles) {
        return f("%-26s %10.3f %6.1f%% %14.1f%n", label, seconds, total == 0 ? 0 : 100 * seconds / total,
                articles == 0 ? 0 : 1000 * seconds / articles);
    }

    private static String run(LoadReport.Run run, double speedup) {
        return run(run.threads() + (run.threads() == 1 ? " thread" : " threads"), run, speedup);
    }

    private static String run(String label, LoadReport.Run run, double speedup) {
        return f("%-26s %10.3f %12.3f %12.1f %9.2f%n", label, run.seconds(), run.articlesPerSecond(),
                run.tokensPerSecond(), speedup);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String ratios(List<LoadReport.Round> rounds, ToDoubleFunction<LoadReport.Round> ratio) {
        List<String> out = new ArrayList<>();
        for (LoadReport.Round round : rounds)
            out.add(f("%.2f", ratio.applyAsDouble(round)));
        return String.join(", ", out);
    }

    public static String json(LoadReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("date", r.date());
        o.addProperty("java", r.java());
        o.addProperty("processors", r.processors());
        o.addProperty("articles", r.articles());
        o.addProperty("failed", r.failed());
        o.addProperty("tokens", r.tokens());
        o.addProperty("modelLoadSeconds", r.modelLoadSeconds());
        o.add("stageSeconds", stagesJson(r.stages()));
        JsonObject bare = new JsonObject();
        bare.addProperty("seconds", r.bareSeconds());
        bare.addProperty("tokens", r.bareTokens());
        if (r.bareThreads() != null)
            bare.add("threads", runJson(r.bareThreads(), r.bareSpeedup()));
        o.add("bareCorenlp", bare);
        o.addProperty("overheadRatio", r.overheadRatio());
        o.addProperty("wallClockRatio", r.wallClockRatio());
        JsonArray rounds = new JsonArray();
        for (LoadReport.Round round : r.rounds()) {
            JsonObject x = new JsonObject();
            x.addProperty("bareSeconds", round.bareSeconds());
            x.addProperty("loadSeconds", round.loadSeconds());
            x.addProperty("bareCpuSeconds", round.bareCpuSeconds());
            x.addProperty("loadCpuSeconds", round.loadCpuSeconds());
            x.addProperty("wallClockRatio", round.wallClockRatio());
            x.addProperty("cpuRatio", round.cpuRatio());
            if (!Double.isNaN(round.threadsSeconds())) {
                x.addProperty("threadsSeconds", round.threadsSeconds());
                x.addProperty("speedup", round.speedup());
            }
            rounds.add(x);
        }
        o.add("rounds", rounds);
        o.addProperty("medianRound", r.medianRound() + 1);
        o.addProperty("speedupRound", r.speedupRound() + 1);
        JsonArray runs = new JsonArray();
        runs.add(runJson(r.oneThread(), 1.0));
        if (r.threads() != null)
            runs.add(runJson(r.threads(), r.speedup()));
        o.add("runs", runs);
        o.addProperty("speedup", r.speedup());
        o.addProperty("pipelines", r.pipelines());
        JsonObject bulk = new JsonObject();
        LoadReport.Bulk k = r.bulk();
        bulk.addProperty("quads", k.quads());
        bulk.addProperty("oursSeconds", k.oursSeconds());
        bulk.addProperty("oursQuadsPerSecond", k.oursQuadsPerSecond());
        bulk.addProperty("jenaSeconds", k.jenaSeconds());
        bulk.addProperty("jenaQuadsPerSecond", k.jenaQuadsPerSecond());
        bulk.addProperty("ratio", k.ratio());
        o.add("storeWriting", bulk);
        if (r.batched() != null) {
            LoadReport.Batched bt = r.batched();
            JsonObject batched = new JsonObject();
            batched.addProperty("batch", bt.batch());
            batched.add("stageSeconds", stagesJson(bt.stages()));
            batched.addProperty("overheadRatio", r.batchedOverheadRatio());
            batched.addProperty("wallClockRatio", r.batchedWallClockRatio());
            batched.addProperty("writeRatioToJena", r.batchedWriting().ratio());
            batched.add("run", runJson(bt.run(), r.batchedSpeedup()));
            if (bt.threads() != null)
                batched.add("threads", runJson(bt.threads(), r.batchedThreadsSpeedup()));
            o.add("batched", batched);
        }
        JsonObject cpu = new JsonObject();
        cpu.add("bare", cpuJson(r.cpu().bare()));
        cpu.add("oneThread", cpuJson(r.cpu().oneThread()));
        if (r.cpu().batched() != null)
            cpu.add("batched", cpuJson(r.cpu().batched()));
        if (r.cpu().threads() != null)
            cpu.add("threads", cpuJson(r.cpu().threads()));
        cpu.addProperty("workRatio", r.cpu().workRatio());
        if (r.cpu().batched() != null)
            cpu.addProperty("batchedWorkRatio", r.cpu().batchedWorkRatio());
        cpu.addProperty("processRatio", r.cpu().processRatio());
        o.add("cpuSeconds", cpu);
        o.addProperty("peakHeapBytes", r.peakHeapBytes());
        o.addProperty("maxHeapBytes", r.maxHeapBytes());
        return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(o) + "\n";
    }

    /** Each stage's seconds by name, and the total. */
    private static JsonObject stagesJson(StageTimes t) {
        JsonObject o = new JsonObject();
        long[] stages = t.stages();
        for (int i = 0; i < stages.length; i++)
            o.addProperty(StageTimes.STAGE_NAMES.get(i), LoadReport.seconds(stages[i]));
        o.addProperty("total", LoadReport.seconds(t.total()));
        return o;
    }

    private static JsonObject runJson(LoadReport.Run run, double speedup) {
        JsonObject o = new JsonObject();
        o.addProperty("threads", run.threads());
        o.addProperty("seconds", run.seconds());
        o.addProperty("articles", run.articles());
        o.addProperty("tokens", run.tokens());
        o.addProperty("articlesPerSecond", run.articlesPerSecond());
        o.addProperty("tokensPerSecond", run.tokensPerSecond());
        o.addProperty("speedup", speedup);
        return o;
    }
}
