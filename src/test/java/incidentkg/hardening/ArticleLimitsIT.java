package incidentkg.hardening;

import incidentkg.cli.Main;
import incidentkg.model.ArticleException;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time budget and the limits on the real loader and through {@code load}: an article over a limit, or
 * slower than its budget, is reported on one line and leaves the store as it was; the next article loads.
 */
class ArticleLimitsIT {
    @TempDir
    Path dir;

    @Test
    void anArticleOverItsTimeBudgetIsAbandonedAndNothingIsStored() throws Exception {
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            // no real article is analysed within a millisecond
            ArticleLoader hasty = Hardening.loader(store, ArticleLimits.DEFAULTS.withTimeout(Duration.ofMillis(1)));
            ArticleException e = assertThrows(ArticleException.class, () -> hasty.load(Hardening.SEED));
            assertEquals(Hardening.SEED + ": took longer than 1 ms and was abandoned (set the limit with "
                         + "--article-timeout)", e.getMessage());
            assertEquals(Set.of(), Hardening.articleGraphs(store.dataset().asDatasetGraph()));
            // with the default budget the same article loads
            Path small = Hardening.SMALL.resolve("a4-kabul-demonstration.txt");
            assertEquals(ArticleLoader.Outcome.LOADED, Hardening.loader(store, ArticleLimits.DEFAULTS).load(small));
            assertEquals(Set.of("https://w3id.org/incidentkg/resource/article/a4-kabul-demonstration"),
                         Hardening.articleGraphs(store.dataset().asDatasetGraph()));
        }
    }

    @Test
    void loadReportsEachLimitOnOneLineAndLoadsTheRest() {
        Path store = dir.resolve("store2");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute("load", "--store", store.toString(), "--max-sentences", "10",
                                Hardening.SEED.toString(), Hardening.SMALL.resolve("a1-niamey-market.txt").toString());
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().contains("\n" + Hardening.SEED + ": too many sentences (more than 10; set the limit "
                                           + "with --max-sentences)\n"), err.toString());
        assertEquals("1 loaded, 0 unchanged, 1 failed\n", out.toString());
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            assertEquals(Set.of("https://w3id.org/incidentkg/resource/article/a1-niamey-market"),
                         Hardening.articleGraphs(s.dataset().asDatasetGraph()));
            s.expel();
        }
    }
}
