package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleException;
import incidentkg.model.Extraction;
import incidentkg.model.Incident;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.text.ArticleReader;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads articles into a store, one write transaction per article: read and check the file, extract, merge its
 * incidents with those other articles reported ({@link IncidentMerger}), build its graph, validate it with SHACL, then replace the article's named graph and update the related-incidents
 * graph. An article that fails at any step leaves the store as it was; an article whose graph is already
 * stored unchanged is not written again.
 */
public final class ArticleLoader {
    /** What happened to one article. */
    public enum Outcome { LOADED, UNCHANGED }

    private final Store store;
    private final ArticleReader reader;
    private final Extractor extractor;
    private final ArticleValidator validator = new ArticleValidator();

    public ArticleLoader(Store store, ArticleReader reader, Extractor extractor) {
        this.store = store;
        this.reader = reader;
        this.extractor = extractor;
    }

    public Outcome load(Path file) throws ArticleException {
        return load(reader.read(file), file.toString());
    }

    /** Loads an article already read; {@code source} names it in errors. */
    public Outcome load(Article article, String source) throws ArticleException {
        Model graph;
        Extraction x;
        try {
            Extraction extracted = extractor.extract(article);
            x = Txn.calculateRead(store.dataset(), () -> IncidentMerger.merge(store.dataset(), extracted));
            graph = new GraphBuilder().build(x);
        } catch (RuntimeException e) {
            throw new ArticleException(source, "extraction failed: " + e, e);
        }
        List<String> violations = validator.violations(graph);
        if (!violations.isEmpty())
            throw new ArticleException(source, "the extracted graph breaks " + violations.size()
                    + " SHACL constraint(s); first: " + violations.get(0));
        String name = GraphBuilder.articleIri(article.id());
        List<String> incidents = new ArrayList<>();
        for (Incident i : x.incidents())
            incidents.add(GraphBuilder.iri(i.id()));
        Dataset ds = store.dataset();
        boolean same = Txn.calculateRead(ds, () ->
                ds.containsNamedModel(name) && ds.getNamedModel(name).isIsomorphicWith(graph));
        if (same)
            return Outcome.UNCHANGED;
        try {
            Txn.executeWrite(ds, () -> {
                List<String> touched = new ArrayList<>(incidents);
                if (ds.containsNamedModel(name)) {
                    Model old = ds.getNamedModel(name);
                    old.listSubjectsWithProperty(incidentkg.rdf.IKG.supportedBy).forEach(r -> touched.add(r.getURI()));
                    ds.removeNamedModel(name);
                }
                ds.addNamedModel(name, graph);
                Relatedness.update(ds, touched.stream().distinct().toList());
            });
        } catch (RuntimeException e) {
            throw new ArticleException(source, "store write failed: " + e.getMessage(), e);
        }
        return Outcome.LOADED;
    }

    /** The article files a path stands for: the file itself, or every {@code *.txt} in a folder, sorted. */
    public static List<Path> articleFiles(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(path))
            return List.of(path);
        try (var s = java.nio.file.Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && java.nio.file.Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
