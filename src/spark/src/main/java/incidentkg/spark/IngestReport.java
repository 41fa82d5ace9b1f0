package incidentkg.spark;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.List;

/**
 * The run report: where from and to, how many articles came out and how many failed (each with its
 * one-line reason), how many quads, and the wall time.
 */
public record IngestReport(String input, String format, String output, String master, int partitions,
                           List<ArticleResult> articles, double seconds) {
    public long ok() { return articles.stream().filter(ArticleResult::ok).count(); }

    public List<ArticleResult> failures() { return articles.stream().filter(a -> !a.ok()).toList(); }

    public long quads() { return articles.stream().mapToLong(ArticleResult::quads).sum(); }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d article(s) ok, %d failed, %d quads in %.1f s (%s, %d partitions)",
                             ok(), failures().size(), quads(), seconds, master, partitions);
    }

    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("input", input);
        o.addProperty("format", format);
        o.addProperty("output", output);
        o.addProperty("master", master);
        o.addProperty("partitions", partitions);
        o.addProperty("articles", articles.size());
        o.addProperty("ok", ok());
        o.addProperty("failed", failures().size());
        o.addProperty("quads", quads());
        o.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        JsonArray failed = new JsonArray();
        for (ArticleResult a : failures()) {
            JsonObject f = new JsonObject();
            f.addProperty("source", a.source());
            if (a.id() != null)
                f.addProperty("id", a.id());
            f.addProperty("reason", a.problem());
            failed.add(f);
        }
        o.add("failures", failed);
        JsonArray shards = new JsonArray();
        articles.stream().filter(ArticleResult::ok).map(ArticleResult::shard).distinct().sorted().forEach(shards::add);
        o.add("shards", shards);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }
}
