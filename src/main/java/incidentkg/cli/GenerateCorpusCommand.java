package incidentkg.cli;

import incidentkg.rules.DataSource;
import incidentkg.synth.ArticleFactory;
import incidentkg.synth.CorpusGenerator;
import incidentkg.synth.SynthTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code generate corpus --size N --out DIR [--seed S]}: writes synthetic articles with sidecars and their truth. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        header = "Write N synthetic news articles (NAME.txt with a NAME.json sidecar) and truth.jsonl, "
                + "assembled from the gazetteer, the lexicon and data/synth/templates.txt; the same seed gives "
                + "the same files.")
public final class GenerateCorpusCommand extends KnowledgeOptions implements Callable<Integer> {
    @Option(names = "--size", required = true, paramLabel = "N", description = "Number of articles.")
    long size;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--prefix", defaultValue = "synth", paramLabel = "NAME",
            description = "File name prefix: NAME-000000.txt … (default: ${DEFAULT-VALUE}).")
    String prefix;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (size < 0)
            throw new CommandLine.ParameterException(spec.commandLine(), "--size must not be negative");
        SynthTemplates templates = data == null ? SynthTemplates.bundled() : SynthTemplates.load(DataSource.folder(data));
        ArticleFactory factory = new ArticleFactory(knowledge(), templates, seed);
        GenerateProgress p = new GenerateProgress(spec.commandLine().getErr(), "articles", size);
        try {
            new CorpusGenerator(factory, prefix).write(out, size, p::update);
        } catch (java.io.IOException e) {
            throw new java.io.IOException(out + ": cannot write: " + e, e);
        }
        p.done(size);
        spec.commandLine().getOut().println("wrote " + size + " articles and " + CorpusGenerator.TRUTH + " to " + out);
        return 0;
    }
}
