package incidentkg.synth;

import com.google.gson.JsonObject;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic corpus: {@code NAME.txt} per article with its metadata sidecar {@code NAME.json} (title,
 * date, publisher), and {@code truth.jsonl} with one line per article giving what it was generated from.
 * Articles are written one at a time, so any size fits in memory.
 */
public final class CorpusGenerator {
    /** The truth file's name in the output folder. */
    public static final String TRUTH = "truth.jsonl";

    private final ArticleFactory factory;
    private final String prefix;

    public CorpusGenerator(ArticleFactory factory, String prefix) {
        this.factory = factory;
        this.prefix = prefix;
    }

    /** Writes articles 0 … size-1 into {@code dir}; {@code progress} hears the number written so far. */
    public void write(Path dir, long size, LongConsumer progress) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter truth = Files.newBufferedWriter(dir.resolve(TRUTH), StandardCharsets.UTF_8)) {
            for (long i = 0; i < size; i++) {
                SynthArticle a = factory.make(prefix, i);
                Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
                JsonObject meta = new JsonObject();
                meta.addProperty("title", a.title());
                meta.addProperty("date", a.date().toString());
                meta.addProperty("publisher", a.outlet().label());
                Files.writeString(dir.resolve(a.id() + ".json"), meta + "\n", StandardCharsets.UTF_8);
                truth.write(truth(a).toString());
                truth.write('\n');
                progress.accept(i + 1);
            }
        }
    }

    /** The truth line of an article: the entities and figures it was generated from. */
    public static JsonObject truth(SynthArticle a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id());
        o.addProperty("file", a.id() + ".txt");
        o.addProperty("date", a.date().toString());
        o.addProperty("incidentDate", a.incidentDate().toString());
        o.addProperty("type", "ikg:" + a.type().name());
        o.addProperty("trigger", a.trigger());
        o.addProperty("city", a.city().id());
        o.addProperty("cityLabel", a.city().label());
        o.addProperty("country", a.country().id());
        o.addProperty("countryLabel", a.country().label());
        o.addProperty("group", a.group().id());
        o.addProperty("groupLabel", a.group().label());
        o.addProperty("groupRole", a.claimed() ? "claimedBy" : a.span("group") != null ? "blamed" : "none");
        o.addProperty("publisher", a.outlet().id());
        figure(o, "killed", a.killed());
        figure(o, "injured", a.injured());
        figure(o, "hostages", a.held());
        o.addProperty("figuresHedged", a.tallyHedged());
        o.addProperty("claimHedged", a.claimHedged());
        return o;
    }

    private static void figure(JsonObject o, String name, SynthFigure f) {
        if (f == null)
            return;
        JsonObject x = new JsonObject();
        x.addProperty("count", f.count());
        x.addProperty("qualifier", "ikg:" + f.qualifier().name());
        o.add(name, x);
    }
}
