package incidentkg.store;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import incidentkg.text.ArticleReader;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Article files to N-Quads without a store: the quads {@code load} would write into a new store, namely every
 * article's named graph and the related-incident graph ({@value IKG#GRAPH_RELATED}), optionally with the ontology
 * and gazetteer graphs that opening a store writes. The articles go through the loader into a TDB2 store held in
 * memory, in the given order, so that incidents merge across articles and relations are computed exactly as in a
 * real load (the memory needed grows with the corpus).
 *
 * <pre>{@code
 * ArticleQuads quads = ArticleQuads.standard(2);
 * try (OutputStream out = Files.newOutputStream(Path.of("kg.nq"))) {
 *     ArticleQuads.Summary s = quads.write(List.of(Path.of("a.txt"), Path.of("b.txt")), out, false, r -> {});
 * }
 * }</pre>
 */
public final class ArticleQuads {
    /** Articles loaded and failed, and quads written. */
    public record Summary(int loaded, int failed, long quads) {}

    private final KnowledgeBase kb;
    private final ArticleReader reader;
    private final Extractor extractor;
    private final ArticleLimits limits;
    private final int threads;

    public ArticleQuads(KnowledgeBase kb, ArticleReader reader, Extractor extractor, ArticleLimits limits, int threads) {
        this.kb = kb;
        this.reader = reader;
        this.extractor = extractor;
        this.limits = limits;
        this.threads = threads;
    }

    /** The bundled knowledge, the process's shared CoreNLP pipeline, the default limits. */
    public static ArticleQuads standard(int threads) {
        KnowledgeBase kb = KnowledgeBase.bundled();
        return new ArticleQuads(kb, new ArticleReader(), new Extractor(kb, NlpPipeline.shared()), ArticleLimits.DEFAULTS,
                                threads);
    }

    /**
     * Loads {@code files} into a new in-memory store (the caller closes it); {@code each} hears of every
     * article in order, failures included.
     */
    public Store extract(List<Path> files, Consumer<ParallelLoader.Result> each) throws InterruptedException {
        return extract((p, c) -> p.load(files, c), each);
    }

    /**
     * Loads articles already read (e.g. with {@link ArticleReader#fromText}) into a new in-memory store (the
     * caller closes it); {@code each} hears of every article in order.
     */
    public Store extractArticles(List<ParallelLoader.Named> articles, Consumer<ParallelLoader.Result> each)
            throws InterruptedException {
        return extract((p, c) -> p.loadArticles(articles, c), each);
    }

    /** Extracts {@code files} and writes their quads to {@code out} (which stays open). */
    public Summary write(List<Path> files, OutputStream out, boolean reference, Consumer<ParallelLoader.Result> each)
            throws InterruptedException {
        return write((p, c) -> p.load(files, c), out, reference, each);
    }

    /** Extracts articles already read and writes their quads to {@code out} (which stays open). */
    public Summary writeArticles(List<ParallelLoader.Named> articles, OutputStream out, boolean reference,
                                 Consumer<ParallelLoader.Result> each) throws InterruptedException {
        return write((p, c) -> p.loadArticles(articles, c), out, reference, each);
    }

    private interface Batch {
        void run(ParallelLoader loader, Consumer<ParallelLoader.Result> each) throws InterruptedException;
    }

    private Store extract(Batch batch, Consumer<ParallelLoader.Result> each) throws InterruptedException {
        Store store = Store.inMemory(kb);
        try {
            try (ArticleLoader loader = new ArticleLoader(store, reader, extractor, limits)) {
                batch.run(new ParallelLoader(loader, threads), each);
            }
            return store;
        } catch (InterruptedException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private Summary write(Batch batch, OutputStream out, boolean reference, Consumer<ParallelLoader.Result> each)
            throws InterruptedException {
        int[] counts = new int[2];
        try (Store store = extract(batch, r -> {
            counts[r.failed() ? 1 : 0]++;
            each.accept(r);
        })) {
            long quads = write(store.dataset().asDatasetGraph(), out, reference);
            return new Summary(counts[0], counts[1], quads);
        }
    }

    /**
     * Writes the article graphs (sorted by name) and the related-incident graph of {@code dsg} as N-Quads,
     * preceded by the ontology and gazetteer graphs when {@code reference}; returns the number of quads.
     */
    public static long write(DatasetGraph dsg, OutputStream out, boolean reference) {
        return Txn.calculateRead(dsg, () -> {
            List<String> graphs = new ArrayList<>();
            if (reference)
                graphs.addAll(List.of(IKG.GRAPH_ONTOLOGY, IKG.GRAPH_GAZETTEER));
            Set<String> articles = new TreeSet<>();
            String prefix = IKG.RESOURCE_NS + "article/";
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(prefix))
                    articles.add(g.getURI());
            });
            graphs.addAll(articles);
            graphs.add(IKG.GRAPH_RELATED);
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            long n = 0;
            for (String g : graphs) {
                Iterator<Quad> it = dsg.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    stream.quad(it.next());
                    n++;
                }
            }
            stream.finish();
            return n;
        });
    }
}
