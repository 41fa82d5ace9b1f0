package incidentkg.hardening;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLimits;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the hardening tests share: the articles, the loader, the long-run switch, canonical N-Quads. */
final class Hardening {
    private Hardening() {}

    /** {@code -Dincidentkg.long=true} runs the longer versions (more inputs, more kills, more clients). */
    static final boolean LONG = Boolean.getBoolean("incidentkg.long");

    /** The seed article: a real news article. */
    static final Path SEED = Path.of("data/articles/bamako-2015.txt");

    /** Four short hand-written articles (invented incidents), two of them in one city. */
    static final Path SMALL = Path.of("src/test/resources/incidentkg/hardening/articles");

    /** The batch of the crash and concurrency tests: the four short articles, then the seed. */
    static List<Path> batch() throws IOException {
        List<Path> files = new ArrayList<>(ArticleLoader.articleFiles(SMALL));
        files.add(SEED);
        return files;
    }

    static ArticleLoader loader(Store store, ArticleLimits limits) {
        return new ArticleLoader(store, new ArticleReader(), new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()),
                                 limits);
    }

    /** The figures line the README quotes. */
    static void figures(String line) {
        System.out.println("[hardening " + LocalDate.now() + "] " + line);
    }

    /**
     * Every quad as an N-Quads line with blank nodes written {@code _:b}, sorted: equal lists mean equal datasets
     * up to blank node labels (the ontology graph holds a few; {@code IsoMatcher} settles those).
     */
    static List<String> canonical(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(line(q)));
            lines.sort(null);
            return lines;
        });
    }

    private static String line(Quad q) {
        return term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject())
                + (q.isDefaultGraph() ? "" : " " + term(q.getGraph())) + " .";
    }

    private static String term(org.apache.jena.graph.Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    /** The names of the article graphs. */
    static Set<String> articleGraphs(DatasetGraph dsg) {
        String prefix = IKG.RESOURCE_NS + "article/";
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(prefix))
                    names.add(g.getURI());
            });
            return names;
        });
    }
}
