package incidentkg.cli;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.FuzzInputs;
import incidentkg.store.LoaderFuzz;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code fuzz [--count N] [--seed S] [--sample M]}: tries the loader on generated bad input. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        header = "Try the loader on generated bad input (a developer's check; writes to a temporary store).",
        description = {"Every input goes through reading and the limits; a sample of the accepted ones goes "
                + "through the whole loader into a new store in the work folder. Passes when nothing crashed "
                + "and the store holds exactly the articles that loaded, each passing SHACL."},
        footer = {"", "Exit status: 0 passed, 1 a check failed, 2 bad usage."})
public final class FuzzCommand implements Callable<Integer> {
    @Option(names = "--count", paramLabel = "N", defaultValue = "10000", description = "Inputs to try (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sample", paramLabel = "M", defaultValue = "40",
            description = "Accepted inputs to run through the whole loader (default: ${DEFAULT-VALUE}; ~1 s each).")
    int sample;

    @Option(names = "--article", paramLabel = "PATH", defaultValue = "data/articles",
            description = "A real article the inputs are made from; a folder means its first *.txt (default: ${DEFAULT-VALUE}).")
    Path article;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the inputs and the store, kept afterwards (default: a temporary folder, deleted).")
    Path work;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    LimitOptions limits;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (count < 4 || sample < 0)
            throw new CommandLine.ParameterException(cl, "--count must be at least 4 and --sample not negative");
        var articleLimits = limits.limits(cl);
        PrintWriter out = cl.getOut(), err = cl.getErr();
        List<Path> files = ArticleLoader.articleFiles(article);
        if (files.isEmpty() || !Files.isRegularFile(files.get(0)))
            throw new IllegalArgumentException(article + ": no article to make the inputs from");
        String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("incidentkg-fuzz") : Files.createDirectories(work);
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        KnowledgeBase kb = knowledge.knowledge();
        err.printf("fuzz: %d inputs from %s, seed %d, full loader on %d; work folder %s%n", count, files.get(0),
                seed, sample, dir);
        err.flush();
        // the language models load only when the sample needs them (reading needs no extractor)
        Extractor extractor = sample == 0 ? null : new Extractor(kb, NlpPipeline.shared());
        try (Store store = Store.open(dir.resolve("store"), kb);
             ArticleLoader loader = new ArticleLoader(store, new ArticleReader(knowledge.maxBytes), extractor,
                                                      articleLimits)) {
            long start = System.nanoTime();
            List<LoaderFuzz.Result> results = new LoaderFuzz(new FuzzInputs(text, seed), loader, inputs, err)
                    .run(count, sample);
            double secs = (System.nanoTime() - start) / 1e9;
            out.print(LoaderFuzz.summary(results));
            boolean ok = check(store.dataset(), results, out);
            out.printf("fuzz seed %d: %d inputs in %.0f s, crashes 0, %s%n", seed, results.size(), secs,
                    ok ? "store check passed" : "STORE CHECK FAILED");
            out.flush();
            store.expel();
            return ok ? 0 : 1;
        } finally {
            if (temporary)
                deleteTree(dir);
        }
    }

    /** The store holds exactly the loaded inputs' graphs, and each passes SHACL. */
    private static boolean check(Dataset ds, List<LoaderFuzz.Result> results, PrintWriter out) {
        Set<String> expected = new TreeSet<>();
        for (LoaderFuzz.Result r : results)
            if (r.stage() == LoaderFuzz.Stage.LOADED)
                expected.add(GraphBuilder.articleIri(r.name()));
        ArticleValidator validator = new ArticleValidator();
        return Txn.calculateRead(ds, () -> {
            Set<String> stored = new TreeSet<>();
            ds.listNames().forEachRemaining(n -> {
                if (n.startsWith(IKG.RESOURCE_NS + "article/"))
                    stored.add(n);
            });
            boolean ok = stored.equals(expected);
            if (!ok)
                out.println("store holds " + stored + " but the loaded inputs are " + expected);
            for (String g : stored) {
                List<String> v = validator.violations(ds.getNamedModel(g));
                if (!v.isEmpty()) {
                    out.println(g + ": breaks SHACL: " + v.get(0));
                    ok = false;
                }
            }
            return ok;
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }
}
