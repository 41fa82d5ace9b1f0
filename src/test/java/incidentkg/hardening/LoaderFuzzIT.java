package incidentkg.hardening;

import incidentkg.model.ArticleException;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.FuzzInputs;
import incidentkg.store.LoaderFuzz;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input (issue #6, part 1): {@value #COUNT} inputs made by {@link FuzzInputs} from the seed article, with
 * the random seed {@code -Dincidentkg.fuzz.seed} (default {@value #SEED}); 100,000 inputs and a sample of 300
 * with {@code -Dincidentkg.long=true}.
 *
 * <p>What is covered, exactly:
 * <ul>
 * <li><b>every input</b> goes through {@link ArticleLoader#read}: file size, UTF-8 decoding, NUL and control
 *     characters, the metadata sidecar, segmentation, metadata inference and the article limits (characters,
 *     sentences, sentence length), on a worker thread under the time budget. Each is either accepted or refused
 *     with a one-line error naming its file; nothing else is thrown, and no read is abandoned by the budget;</li>
 * <li><b>a sample of {@value #SAMPLE} accepted inputs</b> (the seed article itself, then one of each kind in
 *     turn, each of at most {@value LoaderFuzz#SAMPLE_MAX_CHARS} characters) goes through the whole loader:
 *     CoreNLP, extraction, graph building, SHACL and the store write. Each loads or fails with a one-line error;
 *     the seed article loads;</li>
 * <li>the store then holds <b>exactly</b> the sampled inputs that loaded, and every graph in it passes SHACL;</li>
 * <li>the 10 MB line is also read with the size limit raised to 64 MB, where the character limit refuses it.</li>
 * </ul>
 */
class LoaderFuzzIT {
    static final int COUNT = 10_000;
    static final int SAMPLE = 40;
    static final long SEED = 20_260_101L;

    @TempDir
    Path dir;

    @Test
    void tenThousandInputs() throws Exception {
        int count = Hardening.LONG ? 100_000 : COUNT;
        int sample = Hardening.LONG ? 300 : SAMPLE;
        long seed = Long.getLong("incidentkg.fuzz.seed", SEED);
        String text = Files.readString(Hardening.SEED, StandardCharsets.UTF_8);
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        long start = System.nanoTime();
        List<LoaderFuzz.Result> results;
        Set<String> stored = new TreeSet<>();
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            ArticleLoader loader = Hardening.loader(store, ArticleLimits.DEFAULTS);
            results = new LoaderFuzz(new FuzzInputs(text, seed), loader, inputs,
                                     new PrintWriter(System.out, true)).run(count, sample);
            ArticleValidator validator = new ArticleValidator();
            Txn.executeRead(store.dataset(), () -> store.dataset().listNames().forEachRemaining(g -> {
                if (g.startsWith(IKG.RESOURCE_NS + "article/")) {
                    stored.add(g);
                    assertEquals(List.of(), validator.violations(store.dataset().getNamedModel(g)), g);
                }
            }));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.print(LoaderFuzz.summary(results));

        assertEquals(count, results.size());
        Map<FuzzInputs.Kind, Integer> kinds = new EnumMap<>(FuzzInputs.Kind.class);
        Set<String> loaded = new TreeSet<>();
        int rejected = 0, accepted = 0, failed = 0, abandoned = 0;
        for (LoaderFuzz.Result r : results) {
            kinds.merge(r.kind(), 1, Integer::sum);
            switch (r.stage()) {
                case REJECTED -> rejected++;
                case ACCEPTED -> accepted++;
                case LOADED -> loaded.add(GraphBuilder.articleIri(r.name()));
                case FAILED -> failed++;
            }
            if (r.error() != null) {
                assertFalse(r.error().contains("\n") || r.error().contains("\r"), r.error());
                assertTrue(r.error().startsWith(inputs.resolve(r.name()) + ".txt: ")
                           || r.error().startsWith(inputs.resolve(r.name()) + ".json: "), r.error());
            }
            if (r.error() != null && r.error().contains("took longer than"))
                abandoned++;
            if (r.stage() == LoaderFuzz.Stage.REJECTED)
                assertFalse(r.error().contains("took longer than"), "reading was abandoned: " + r.error());
        }
        assertEquals(FuzzInputs.Kind.values().length, kinds.size(), "every kind was tried: " + kinds);
        for (int big : new int[] {FuzzInputs.HUGE_FILE, FuzzInputs.HUGE_LINE, FuzzInputs.REPEATED_1000})
            assertTrue(results.get(big).error().contains(": too large ("), results.get(big).error());
        assertEquals(LoaderFuzz.Stage.LOADED, results.get(FuzzInputs.SAMPLE).stage(), "the seed article loads");
        assertEquals(loaded, stored, "the store holds exactly the inputs that loaded");
        assertTrue(rejected > 0 && accepted > 0);
        Hardening.figures(String.format("fuzz seed %d: %d inputs tried in %.0f s; %d refused with a one-line error, "
                + "%d accepted; %d of them through the whole loader: %d loaded, %d failed with a one-line error; "
                + "crashes 0; abandoned by the time budget: 0 reads, %d analyses; the store holds exactly the %d "
                + "loaded, all passing SHACL", seed, count, secs, rejected, accepted + loaded.size() + failed,
                loaded.size() + failed, loaded.size(), failed, abandoned, stored.size()));
    }

    @Test
    void theCharacterLimitRefusesTheTenMegabyteLineWhenTheSizeLimitDoesNot() throws Exception {
        String text = Files.readString(Hardening.SEED, StandardCharsets.UTF_8);
        Path file = new FuzzInputs(text, SEED).write(FuzzInputs.HUGE_LINE, dir);
        try (Store store = Store.inMemory(KnowledgeBase.bundled())) {
            ArticleLoader loader = new ArticleLoader(store, new ArticleReader(64L << 20), null,
                                                     ArticleLimits.DEFAULTS.withTimeout(Duration.ofMinutes(5)));
            ArticleException e = assertThrows(ArticleException.class, () -> loader.read(file));
            assertEquals(file + ": too long (10000000 characters; the limit is 200000, set with --max-chars)",
                         e.getMessage());
        }
    }
}
