package incidentkg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ingestion job: reads the articles ({@link ArticleInputs}), turns each into its named graph where its
 * partition runs ({@link ArticleGraphs}), writes one N-Quads shard per partition to {@code OUT/shards/} and
 * the run report to {@code OUT/report.json}.
 */
public final class IngestJob {
    public static final String SHARDS = "shards";
    public static final String REPORT = "report.json";

    private final String input;
    private final ArticleInputs.Format format;
    private final String output;
    private final int partitions;
    private final long maxBytes;
    private final long timeoutSeconds;

    public IngestJob(String input, ArticleInputs.Format format, String output, int partitions, long maxBytes,
                     long timeoutSeconds) {
        this.input = input;
        this.format = format;
        this.output = output;
        this.partitions = partitions;
        this.maxBytes = maxBytes;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs the job on {@code sc}; the report is also written to {@code OUT/report.json}. */
    public IngestReport run(JavaSparkContext sc) throws IOException {
        long start = System.nanoTime();
        int n = partitions > 0 ? partitions : sc.defaultParallelism();
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        fs.setWriteChecksum(false);   // no .crc files beside the report on a local file system
        fs.mkdirs(new Path(out, SHARDS));
        String shards = new Path(out, SHARDS).toString();
        Broadcast<SerializableWritable<Configuration>> hadoop = sc.broadcast(new SerializableWritable<>(conf));
        long max = maxBytes, timeout = timeoutSeconds;
        JavaRDD<RawArticle> articles = ArticleInputs.read(sc, input, format, n);
        List<ArticleResult> results = articles
                .mapPartitionsWithIndex((i, it) -> ShardWriter.write(i, it, shards, hadoop.value().value(), max, timeout)
                        .iterator(), false)
                .collect();
        double seconds = (System.nanoTime() - start) / 1e9;
        IngestReport report = new IngestReport(input, format.name().toLowerCase(java.util.Locale.ROOT), output,
                                               sc.master(), n, results, seconds);
        try (FSDataOutputStream r = fs.create(new Path(out, REPORT), true)) {
            r.write(report.toJson().getBytes(StandardCharsets.UTF_8));
        }
        return report;
    }
}
