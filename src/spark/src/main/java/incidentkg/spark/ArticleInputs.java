package incidentkg.spark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The articles under a Hadoop path (local, HDFS, S3…), as {@link RawArticle}s spread over partitions:
 * <ul>
 *   <li>{@link Format#TEXT}: {@code *.txt} files, each with its optional {@code NAME.json} sidecar in the same
 *   folder, as {@code load} reads them (the path is a folder, a file or a glob);</li>
 *   <li>{@link Format#JSONL}: JSON lines, one article per line: {@code id} and {@code text}, optional
 *   {@code title}, {@code date} (YYYY-MM-DD), {@code publisher}, {@code url}; other fields are ignored.</li>
 * </ul>
 */
public final class ArticleInputs {
    /** How articles are stored. */
    public enum Format { TEXT, JSONL }

    /** The metadata fields a JSON line may carry; they become the sidecar. */
    static final List<String> METADATA = List.of("title", "date", "publisher", "url");

    private ArticleInputs() {}

    /** {@code JSONL} for {@code *.jsonl} and {@code *.jsonl.gz}, else {@code TEXT}. */
    public static Format guess(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".jsonl") || p.endsWith(".jsonl.gz") || p.endsWith(".ndjson") ? Format.JSONL : Format.TEXT;
    }

    public static JavaRDD<RawArticle> read(JavaSparkContext sc, String path, Format format, int partitions) {
        return format == Format.TEXT ? texts(sc, path, partitions) : jsonLines(sc, path, partitions);
    }

    static JavaRDD<RawArticle> texts(JavaSparkContext sc, String path, int partitions) {
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(path, partitions);
        return files
                .filter(f -> f._1().endsWith(".txt") || f._1().endsWith(".json"))
                .mapToPair(f -> new Tuple2<>(stem(f._1()), new Tuple2<>(f._1(), f._2().toArray())))
                .groupByKey(partitions)
                .flatMap(group -> {
                    String txt = null;
                    byte[] text = null, sidecar = null;
                    for (Tuple2<String, byte[]> f : group._2())
                        if (f._1().endsWith(".txt")) {
                            txt = f._1();
                            text = f._2();
                        } else {
                            sidecar = f._2();
                        }
                    if (txt == null)
                        return List.<RawArticle>of().iterator();
                    return List.of(RawArticle.of(txt, baseName(group._1()), text, sidecar)).iterator();
                });
    }

    static JavaRDD<RawArticle> jsonLines(JavaSparkContext sc, String path, int partitions) {
        return sc.textFile(path, partitions)
                .zipWithIndex()
                .filter(l -> !l._1().isBlank())
                .map(l -> fromJson(path + ":" + (l._2() + 1), l._1()))
                .repartition(partitions);
    }

    /** One JSON line as an article: its text, and its metadata fields as a sidecar. */
    static RawArticle fromJson(String source, String line) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject())
                return RawArticle.failed(source, null, "not a JSON object");
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            return RawArticle.failed(source, null, "bad JSON: " + e.getMessage());
        }
        String id = string(o, "id");
        if (id == null)
            return RawArticle.failed(source, null, "no \"id\" (a string)");
        String text = string(o, "text");
        if (text == null)
            return RawArticle.failed(source + " (" + id + ")", id, "no \"text\" (a string)");
        JsonObject meta = new JsonObject();
        for (String field : METADATA)
            if (o.has(field) && !o.get(field).isJsonNull())
                meta.add(field, o.get(field));
        byte[] sidecar = meta.size() == 0 ? null : meta.toString().getBytes(StandardCharsets.UTF_8);
        return RawArticle.of(source + " (" + id + ")", id, text.getBytes(StandardCharsets.UTF_8), sidecar);
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    /** The path without its extension: a text and its sidecar share it. */
    static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
