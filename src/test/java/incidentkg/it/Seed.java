package incidentkg.it;

import incidentkg.model.ArticleException;
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

    /** A store in memory with the articles {@code dir/NAME.txt} loaded in the order given. */
    static Store inMemory(Path dir, String... names) throws ArticleException {
        Store store = Store.inMemory(KnowledgeBase.bundled());
        ArticleLoader loader = loader(store);
        for (String name : names)
            loader.load(dir.resolve(name + ".txt"));
        return store;
    }
}
