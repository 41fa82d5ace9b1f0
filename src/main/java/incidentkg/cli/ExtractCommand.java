package incidentkg.cli;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleQuads;
import incidentkg.text.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** {@code extract [--threads N] --output FILE.nq PATH...}: the quads load would write, as N-Quads, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Write the graphs that 'load' would store for article files as N-Quads, without a store "
                + "(gzip when FILE ends in .gz).",
        description = {"Every article's named graph and the related-incident graph, exactly as 'load' into a new store "
                + "would write them (incidents merge across the articles, in the order given); --reference adds the "
                + "ontology and gazetteer graphs that opening a store writes. The articles are held in memory while "
                + "they are extracted. Load the file into a new store with Jena's bulk loader (tdb2.xloader or "
                + "tdb2.tdbloader --loader=parallel) or 'restore'."},
        footer = {"", "Exit status: 0 all extracted, 1 some failed (the others are written), 2 bad usage."})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    LimitOptions limits;

    @Mixin
    ThreadOptions threads;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", required = true, description = "The N-Quads file to write.")
    Path output;

    @Option(names = "--reference", description = "Also write the ontology and gazetteer graphs.")
    boolean reference;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var articleLimits = limits.limits(spec.commandLine());
        int n = threads.threads(spec.commandLine());
        boolean perThread = threads.perThread(spec.commandLine(), n);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> files = Loading.files(paths);
        KnowledgeBase kb = knowledge.knowledge();
        err.println("extracting " + files.size() + " article(s) with " + n + " thread(s); starting the language models…");
        err.flush();
        ArticleQuads quads = new ArticleQuads(kb, new ArticleReader(knowledge.maxBytes),
                                              Loading.extractor(kb, n, perThread, err),
                                              articleLimits, n);
        Loading.Tally tally = new Loading.Tally(new Progress(err, files.size(), Progress.terminal()));
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + output.getFileName(), ".part");
        ArticleQuads.Summary s;
        try {
            try (OutputStream o = open(tmp)) {
                s = quads.write(files, o, reference, tally);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out.printf("%d extracted, %d failed; %d quads written to %s%n", s.loaded(), s.failed(), s.quads(), output);
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }

    private OutputStream open(Path file) throws java.io.IOException {
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return output.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(o, 1 << 16) : o;
    }
}
