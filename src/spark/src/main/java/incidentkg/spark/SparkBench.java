package incidentkg.spark;

import incidentkg.store.ArticleLimits;
import incidentkg.text.ArticleReader;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Times the job in local mode with one core and then with more, on the same corpus, in one JVM: the language
 * models load once, in a warm-up run, so the times are those of extraction and writing. Reports; asserts
 * nothing.
 */
@Command(name = "incidentkg-spark-bench", mixinStandardHelpOptions = true,
        header = "Time the Spark job in local mode, local[1] against local[N], on copies of a folder of articles.")
public final class SparkBench implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER", description = "A folder of *.txt articles (sidecars are copied too).")
    Path folder;

    @Option(names = "--copies", paramLabel = "K", description = "Copies of each article (default: ${DEFAULT-VALUE}).")
    int copies = 4;

    @Option(names = "--cores", paramLabel = "N", description = "Cores of the second run (default: ${DEFAULT-VALUE}).")
    int cores = 2;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one).")
    Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("ikg-spark-bench-");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        int n = copyCorpus(folder, corpus, copies);
        if (n == 0) {
            System.err.println(folder + ": no *.txt articles");
            return 2;
        }
        System.err.println("bench: " + n + " articles in " + corpus + "; warming up (language models)…");
        run("local[1]", corpus, dir.resolve("warm-up"), 1, List.of(firstArticle(corpus)));
        List<IngestReport> reports = new ArrayList<>();
        reports.add(run("local[1]", corpus, dir.resolve("out-1"), 2 * cores, null));
        reports.add(run("local[" + cores + "]", corpus, dir.resolve("out-" + cores), 2 * cores, null));
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf(Locale.ROOT, "%-10s %9s %9s %10s %12s%n", "master", "articles", "quads", "seconds", "articles/s");
        for (IngestReport r : reports)
            out.printf(Locale.ROOT, "%-10s %9d %9d %10.1f %12.2f%n", r.master(), r.ok(), r.quads(), r.seconds(),
                       r.ok() / r.seconds());
        out.printf(Locale.ROOT, "speed-up local[%d] / local[1]: %.2f×%n", cores,
                   reports.get(0).seconds() / reports.get(1).seconds());
        out.printf(Locale.ROOT, "{\"articles\": %d, \"local1_s\": %.2f, \"local%d_s\": %.2f, \"speedup\": %.2f}%n",
                   reports.get(0).ok(), reports.get(0).seconds(), cores, reports.get(1).seconds(),
                   reports.get(0).seconds() / reports.get(1).seconds());
        return 0;
    }

    private IngestReport run(String master, Path corpus, Path out, int partitions, List<Path> only) throws IOException {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("incidentkg-spark-bench")
                .set("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            String input = only == null ? corpus.toString() : only.get(0).toString();
            System.err.println("bench: " + master + " on " + input + "…");
            IngestReport r = new IngestJob(input, ArticleInputs.Format.TEXT, out.toString(), partitions,
                                           ArticleReader.DEFAULT_MAX_BYTES,
                                           ArticleLimits.DEFAULT_TIMEOUT.toSeconds()).run(sc);
            System.err.println("bench: " + r.summary());
            return r;
        }
    }

    private static int copyCorpus(Path from, Path to, int copies) throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = ArticleReader.identifier(p);
                Path json = p.resolveSibling(id + ".json");
                for (int k = 1; k <= copies; k++) {
                    Files.copy(p, to.resolve(id + "-" + k + ".txt"));
                    if (Files.isRegularFile(json))
                        Files.copy(json, to.resolve(id + "-" + k + ".json"));
                    n++;
                }
            }
        }
        return n;
    }

    private static Path firstArticle(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }
}
