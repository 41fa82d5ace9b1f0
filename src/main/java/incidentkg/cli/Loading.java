package incidentkg.cli;

import incidentkg.model.ArticleException;
import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads paths into a store with progress on stderr, one line per failed file, and a summary. */
final class Loading {
    private Loading() {}

    /** Returns the number of files that failed; the default limits. */
    static int load(Store store, KnowledgeBase kb, long maxBytes, List<Path> paths, PrintWriter out, PrintWriter err)
            throws IOException {
        return load(store, kb, maxBytes, ArticleLimits.DEFAULTS, paths, out, err);
    }

    /** Returns the number of files that failed. */
    static int load(Store store, KnowledgeBase kb, long maxBytes, ArticleLimits limits, List<Path> paths,
                    PrintWriter out, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths)
            files.addAll(ArticleLoader.articleFiles(p));
        if (files.isEmpty())
            return 0;
        err.println("loading " + files.size() + " article(s); starting the language models…");
        err.flush();
        ArticleLoader loader = new ArticleLoader(store, new ArticleReader(maxBytes),
                                                 new Extractor(kb, NlpPipeline.shared()), limits);
        int loaded = 0, unchanged = 0, failed = 0, n = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            n++;
            try {
                if (loader.load(f) == ArticleLoader.Outcome.LOADED)
                    loaded++;
                else
                    unchanged++;
            } catch (ArticleException e) {
                failed++;
                err.println(e.getMessage());
            }
            double secs = (System.nanoTime() - start) / 1e9;
            err.printf("[%d/%d] %s (%.1f articles/s)%n", n, files.size(), f.getFileName(), n / Math.max(secs, 1e-3));
            err.flush();
        }
        out.printf("%d loaded, %d unchanged, %d failed%n", loaded, unchanged, failed);
        out.flush();
        return failed;
    }
}
