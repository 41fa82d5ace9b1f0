package incidentkg.cli;

import incidentkg.eval.CorpusEvaluator;
import incidentkg.eval.EvalReport;
import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.query.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;

/** {@code eval --corpus DIR [--report FILE]}: scores the loader on an annotated corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score the loader on an annotated corpus (docs/*.txt and gold.jsonl): load every document into a "
                + "fresh temporary store, read the incidents back through SPARQL, and compare them with the gold.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Mixin
    LimitOptions limits;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder (docs/ and gold.jsonl).")
    Path corpus;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path report;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write every exported incident (one per line, by document) to FILE, to see what was missed.")
    Path predictions;

    @Option(names = "--relaxed", description = "Also report the relaxed string match next to the strict one.")
    boolean relaxed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var articleLimits = limits.limits(spec.commandLine());
        KnowledgeBase kb = options.knowledge();
        Extractor extractor = new Extractor(kb, NlpPipeline.shared());
        ArticleReader reader = new ArticleReader(options.maxBytes);
        Map<Dataset, ArticleLoader> loaders = new WeakHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        CorpusEvaluator evaluator = CorpusEvaluator.builder((file, dataset) ->
                        loaders.computeIfAbsent(dataset, d -> new ArticleLoader(Store.over(d, kb), reader, extractor,
                                                                               articleLimits))
                               .load(file))
                .relaxed(relaxed)
                .predictions(predictions)
                .progress((done, total, doc) -> {
                    double secs = (System.nanoTime() - start) / 1e9;
                    double eta = done == 0 ? 0 : secs / done * (total - done);
                    err.printf("[%d/%d] %s (%.0f s, about %.0f s left)%n", done, total, doc, secs, eta);
                    err.flush();
                })
                .build();
        EvalReport r = evaluator.evaluate(corpus);
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.toTable());
        out.flush();
        if (report != null)
            Files.writeString(report, r.toJson(), StandardCharsets.UTF_8);
        return 0;
    }
}
