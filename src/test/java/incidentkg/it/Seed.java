package incidentkg.it;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;

import java.nio.file.Path;

/** The seed article and one loader per test JVM (CoreNLP loads once). */
final class Seed {
    static final Path ARTICLE = Path.of("data/articles/bamako-2015.txt");

    private Seed() {}

    static ArticleLoader loader(Store store) {
        return new ArticleLoader(store, new ArticleReader(), new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()));
    }
}
