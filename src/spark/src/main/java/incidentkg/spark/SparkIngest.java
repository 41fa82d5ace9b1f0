package incidentkg.spark;

import incidentkg.store.ArticleLimits;
import incidentkg.text.ArticleReader;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code spark-submit … incidentkg-spark.jar [--format text|jsonl] [--partitions N] --output OUT INPUT}:
 * the ingestion job's command line.
 */
@Command(name = "incidentkg-spark", mixinStandardHelpOptions = true, versionProvider = SparkIngest.Version.class,
        header = "Extract articles into N-Quads shards on Apache Spark, one named graph per article.",
        description = {
                "INPUT is any Hadoop path (file:, hdfs:, s3a:…): a folder (or glob) of *.txt articles with optional "
                        + "NAME.json metadata sidecars, or JSON lines with id, text and optional title, date, "
                        + "publisher, url.",
                "Writes OUT/shards/part-NNNNN.nq (one per partition; load them with tdb2.tdbloader or "
                        + "incidentkg load --bulk) and OUT/report.json (articles ok and failed with reasons, quads, "
                        + "time). Each executor loads the language models once (about 3 GB of heap)."},
        footer = {"", "Exit status: 0 all articles came out, 1 some failed (the others came out), 2 bad usage."})
public final class SparkIngest implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "Articles: a folder of *.txt, or JSON lines.")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output folder (must not exist yet).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text or jsonl (default: jsonl for *.jsonl, *.jsonl.gz, *.ndjson; text otherwise).")
    String format;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions, so shards (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit, e.g. local[2] (default: local[*]).")
    String master;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "Time budget of one article, as for load (default: ${DEFAULT-VALUE}).")
    long articleTimeout = ArticleLimits.DEFAULT_TIMEOUT.toSeconds();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkIngest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ArticleInputs.Format f;
        if (format == null)
            f = ArticleInputs.guess(input);
        else if (format.equalsIgnoreCase("text") || format.equalsIgnoreCase("jsonl"))
            f = ArticleInputs.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        else
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: want text or jsonl, not " + format);
        if (articleTimeout < 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout: must be at least 1");
        if (partitions < 0)
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions: must be at least 1");
        SparkConf conf = new SparkConf().setAppName("incidentkg-ingest");
        if (master != null)
            conf.setMaster(master);
        else if (!conf.contains("spark.master"))
            conf.setMaster("local[*]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Path out0 = new Path(output);
            FileSystem fs = out0.getFileSystem(sc.hadoopConfiguration());
            if (fs.exists(out0)) {
                err.println(output + ": already exists (choose another --output)");
                return 2;
            }
            Path in = new Path(input);
            org.apache.hadoop.fs.FileStatus[] found = in.getFileSystem(sc.hadoopConfiguration()).globStatus(in);
            if (found == null || found.length == 0) {
                err.println(input + ": no such file or folder");
                return 2;
            }
            err.println("ingesting " + input + " (" + f.name().toLowerCase(java.util.Locale.ROOT) + ") on "
                        + sc.master() + "; each executor starts the language models once…");
            err.flush();
            IngestReport report = run(sc, f);
            for (ArticleResult a : report.failures())
                err.println(a.source() + ": " + a.problem());
            err.flush();
            out.println(report.summary());
            out.println("shards in " + new Path(output, IngestJob.SHARDS) + ", report " + new Path(output, IngestJob.REPORT));
            out.flush();
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    private IngestReport run(JavaSparkContext sc, ArticleInputs.Format f) throws java.io.IOException {
        return new IngestJob(input, f, output, partitions, maxBytes, articleTimeout).run(sc);
    }

    /** The version in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SparkIngest.class.getPackage().getImplementationVersion();
            return new String[]{"incidentkg-spark " + (v == null ? "(development)" : v)};
        }
    }
}
