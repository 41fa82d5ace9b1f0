package incidentkg.web;

import incidentkg.model.ArticleException;
import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;

import java.nio.file.Path;

/** A TDB2 store in a folder with some articles loaded, served with the web pages on a free port. */
final class WebSeed implements AutoCloseable {
    static final Path SEED = Path.of("data/articles/bamako-2015.txt");
    static final String RES = "https://w3id.org/incidentkg/resource/";
    static final String HOTEL_ATTACK = RES + "incident/2015-11-20-bamako-radisson-blu-hotel-attack";

    final Store store;
    final IkgServer server;

    private WebSeed(Store store, IkgServer server) {
        this.store = store;
        this.server = server;
    }

    /** Loads the articles (CoreNLP loads once per JVM) into a store in {@code dir} and starts the server. */
    static WebSeed start(Path dir, Path... articles) throws ArticleException {
        Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        ArticleLoader loader = new ArticleLoader(store, new ArticleReader(),
                new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()));
        for (Path a : articles)
            loader.load(a);
        IkgServer.Builder b = IkgServer.builder().dataset(store.dataset().asDatasetGraph()).port(0);
        Web.mount(b, store.dataset().asDatasetGraph());
        return new WebSeed(store, b.build().start());
    }

    /** The server's base URL without the final "/", e.g. http://127.0.0.1:41234. */
    String base() {
        String u = server.url();
        return u.substring(0, u.length() - 1);
    }

    /** The local page of a resource IRI. */
    String page(String iri) {
        return base() + "/resource/" + iri.substring(RES.length());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
