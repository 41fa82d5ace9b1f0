package incidentkg.store;

import incidentkg.model.ArticleException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tries the loader on {@link FuzzInputs}: every input goes through reading and the {@link ArticleLimits}
 * ({@link ArticleLoader#read}, cheap); then a bounded sample of the accepted inputs, at most one of each kind
 * in turn and each of at most {@value #SAMPLE_MAX_CHARS} characters, goes through the whole loader (language
 * analysis, graph, SHACL, store write). Only {@link ArticleException}s are caught: anything else escapes, as
 * a crash would. Files are written to a work folder and deleted after use.
 */
public final class LoaderFuzz {
    /** Largest input of the full-pipeline sample, in characters, so that the sample runs in bounded time. */
    public static final int SAMPLE_MAX_CHARS = 8_000;

    /** Where an input ended. */
    public enum Stage {
        /** Refused by the reader or the limits, with a one-line error. */
        REJECTED,
        /** Passed the reader and the limits; not in the full-pipeline sample. */
        ACCEPTED,
        /** Went through the whole loader into the store. */
        LOADED,
        /** Went through the whole loader and failed with a one-line error; nothing stored. */
        FAILED
    }

    /** One input's fate; {@code error} is the one-line message, or null. */
    public record Result(int index, FuzzInputs.Kind kind, String name, Stage stage, String error) {}

    private final FuzzInputs inputs;
    private final ArticleLoader loader;
    private final Path work;
    private final PrintWriter progress;

    public LoaderFuzz(FuzzInputs inputs, ArticleLoader loader, Path work, PrintWriter progress) {
        this.inputs = inputs;
        this.loader = loader;
        this.work = work;
        this.progress = progress;
    }

    /** Tries inputs 0 to {@code count - 1}, then the full loader on a sample of at most {@code sample}. */
    public List<Result> run(int count, int sample) throws IOException {
        List<Result> results = new ArrayList<>(count);
        Map<FuzzInputs.Kind, Deque<Integer>> candidates = new EnumMap<>(FuzzInputs.Kind.class);
        for (int i = 0; i < count; i++) {
            Path file = inputs.write(i, work);
            FuzzInputs.Kind kind = FuzzInputs.kind(i);
            try {
                var article = loader.read(file);
                results.add(new Result(i, kind, FuzzInputs.name(i), Stage.ACCEPTED, null));
                if (article.text().length() <= SAMPLE_MAX_CHARS)
                    candidates.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(i);
            } catch (ArticleException e) {
                results.add(new Result(i, kind, FuzzInputs.name(i), Stage.REJECTED, e.getMessage()));
            } finally {
                FuzzInputs.delete(i, work);
            }
            if ((i + 1) % 1000 == 0 || i + 1 == count) {
                progress.printf("[%d/%d] inputs read%n", i + 1, count);
                progress.flush();
            }
        }
        List<Integer> chosen = sample(candidates, sample);
        int n = 0;
        for (int i : chosen) {
            Path file = inputs.write(i, work);
            Result r;
            try {
                loader.load(file);
                r = new Result(i, FuzzInputs.kind(i), FuzzInputs.name(i), Stage.LOADED, null);
            } catch (ArticleException e) {
                r = new Result(i, FuzzInputs.kind(i), FuzzInputs.name(i), Stage.FAILED, e.getMessage());
            } finally {
                FuzzInputs.delete(i, work);
            }
            results.set(i, r);
            progress.printf("[%d/%d] %s: %s%n", ++n, chosen.size(), r.name(),
                    r.stage() == Stage.LOADED ? "loaded" : r.error());
            progress.flush();
        }
        return results;
    }

    /** The input {@link FuzzInputs#SAMPLE} first (a real article, which must load), then one of each kind in turn. */
    private static List<Integer> sample(Map<FuzzInputs.Kind, Deque<Integer>> candidates, int size) {
        List<Integer> out = new ArrayList<>();
        Deque<Integer> real = candidates.remove(FuzzInputs.Kind.SAMPLE);
        if (real != null && size > 0)
            out.add(real.poll());
        boolean more = true;
        while (out.size() < size && more) {
            more = false;
            for (Deque<Integer> q : candidates.values())
                if (!q.isEmpty() && out.size() < size) {
                    out.add(q.poll());
                    more = true;
                }
        }
        return out;
    }

    /** Counts by stage, then the rejections by problem (digits and the file name left out). */
    public static String summary(List<Result> results) {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        Map<String, Integer> problems = new TreeMap<>();
        for (Result r : results) {
            stages.merge(r.stage(), 1, Integer::sum);
            if (r.error() != null)
                problems.merge(r.stage() + " " + problem(r), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        b.append(results.size()).append(" inputs: ");
        for (Stage s : Stage.values())
            b.append(stages.getOrDefault(s, 0)).append(' ').append(s.name().toLowerCase()).append(s == Stage.FAILED ? "" : ", ");
        b.append('\n');
        problems.forEach((p, n) -> b.append(String.format("%7d  %s%n", n, p)));
        return b.toString();
    }

    private static String problem(Result r) {
        String m = r.error();
        int colon = m.indexOf(": ", m.indexOf(r.name()));
        String p = colon < 0 ? m : m.substring(colon + 2);
        int cut = p.length();
        for (String stop : new String[] {" (", ": ", "; "}) {
            int k = p.indexOf(stop);
            if (k >= 0 && k < cut)
                cut = k;
        }
        return p.substring(0, cut).replaceAll("U\\+[0-9A-F]+", "U+X").replaceAll("(?<!UTF-)\\d+", "N");
    }
}
