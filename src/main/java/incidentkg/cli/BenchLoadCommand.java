package incidentkg.cli;

import incidentkg.bench.LoadBenchmark;
import incidentkg.bench.LoadReport;
import incidentkg.bench.LoadReportFormat;
import incidentkg.store.ParallelLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code bench load [--threads N] [--json FILE] PATH...}: loader throughput, stages, overhead, speedup, bulk, heap. */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Measure the loader on article files: throughput (articles/s, tokens/s), time per stage, overhead "
                + "over bare CoreNLP, 1 vs N threads, store writing vs Jena's TDB2 parallel loader, peak heap.",
        description = {"Everything runs in this process, on scratch stores in a temporary folder (--work to keep "
                + "them): the language models load; every article is loaded once into a scratch store and every "
                + "text annotated once, unmeasured (JIT warm-up); bare CoreNLP (the same annotators and options, "
                + "nothing of ours; as in the loader, texts in capitals are truecased first and SUTime gets the article's "
                + "date) annotates every text; the "
                + "articles load with 1 thread into a new store, each stage timed, and the wall-clock time over bare "
                + "CoreNLP's is reported too; again with --threads into another (with --pipelines per-thread, "
                + "after an unmeasured load that warms the new pipelines up). Bare CoreNLP, the 1-thread load and the "
                + "--threads load follow each other --rounds times, and each ratio is reported from the round where "
                + "it is the median. Then the articles load again with --batch, and the quads "
                + "written load into a third store with Jena's parallel loader. Figures vary with the machine's load; "
                + "nothing is asserted."},
        footer = {"", "Exit status: 0 measured (even if articles failed: they are counted), 1 error, 2 bad usage."})
public final class BenchLoadCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of the second run (default: the number of processors, ${DEFAULT-VALUE} here; 1 = one run only).")
    int threads = ParallelLoader.defaultThreads();

    @Option(names = "--pipelines", paramLabel = "MODE", defaultValue = "shared",
            description = "CoreNLP pipelines of the second run: 'shared' (one, used by every thread) or 'per-thread' "
                    + "(a copy of the models per thread, about 1.5 GB of heap each) (default: ${DEFAULT-VALUE}).")
    String pipelines;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Also load with up to N articles per write transaction, as 'load --batch N', with 1 thread "
                    + "and with --threads (default: ${DEFAULT-VALUE}; 1 = no such runs).")
    int batch;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "2",
            description = "Load every article and run bare CoreNLP on every text N times before measuring, so that the "
                    + "JIT has compiled what the measured runs need (default: ${DEFAULT-VALUE}).")
    int warmUps;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Run bare CoreNLP, the 1-thread load and the --threads load N times, one after the other, and "
                    + "report each ratio from the round where it is the median, with every round's (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep the scratch stores and N-Quads in DIR (default: a temporary folder, deleted after).")
    Path work;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (a folder: every *.txt in it).")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (threads < 1 || threads > 256)
            throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256");
        if (!pipelines.equals("shared") && !pipelines.equals("per-thread"))
            throw new CommandLine.ParameterException(cl, "--pipelines must be 'shared' or 'per-thread'");
        if (batch < 1 || batch > 10_000)
            throw new CommandLine.ParameterException(cl, "--batch must be between 1 and 10000");
        if (warmUps < 0 || warmUps > 100)
            throw new CommandLine.ParameterException(cl, "--warm-up must be between 0 and 100");
        if (rounds < 1 || rounds > 20)
            throw new CommandLine.ParameterException(cl, "--rounds must be between 1 and 20");
        List<Path> files = Loading.files(paths);
        if (files.isEmpty())
            throw new CommandLine.ParameterException(cl, "no article files in " + paths);
        if (work != null && Files.exists(work) && !isEmptyDir(work))
            throw new IllegalArgumentException(work + ": not an empty folder");
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("incidentkg-bench-");
        var err = cl.getErr();
        try {
            LoadReport r = new LoadBenchmark(knowledge.knowledge(), m -> {
                err.println("bench: " + m);
                err.flush();
            }).run(new LoadBenchmark.Settings(files, threads, dir, pipelines.equals("per-thread"), batch,
                    warmUps, rounds));
            cl.getOut().print(LoadReportFormat.table(r));
            cl.getOut().flush();
            if (json != null)
                Files.writeString(json, LoadReportFormat.json(r), StandardCharsets.UTF_8);
            return 0;
        } finally {
            if (work == null)
                delete(dir);
        }
    }

    private static boolean isEmptyDir(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p))
            return false;
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }
}
