package incidentkg.cli;

import incidentkg.rules.DataSource;
import incidentkg.synth.ArticleFactory;
import incidentkg.synth.GraphGenerator;
import incidentkg.synth.SynthTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** {@code generate graph --triples N --out FILE.nq[.gz] [--seed S]}: a synthetic graph of the contract's shape. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        header = "Write a synthetic graph of at least N triples as N-Quads (gzipped if the name ends in .gz): "
                + "ontology and gazetteer graphs, one named graph per synthetic article, related incidents; "
                + "streams, so any size fits in memory.")
public final class GenerateGraphCommand extends KnowledgeOptions implements Callable<Integer> {
    @Option(names = "--triples", required = true, paramLabel = "N", description = "Number of triples (quads) to write at least.")
    long triples;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .nq or .nq.gz.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (triples <= 0)
            throw new CommandLine.ParameterException(spec.commandLine(), "--triples must be positive");
        SynthTemplates templates = data == null ? SynthTemplates.bundled() : SynthTemplates.load(DataSource.folder(data));
        long n = write(new ArticleFactory(knowledge(), templates, seed), triples, out, spec.commandLine().getErr());
        spec.commandLine().getOut().println("wrote " + n + " quads to " + out);
        return 0;
    }

    /** Writes the graph to {@code file}, with progress on {@code err}; returns the number of quads. */
    static long write(ArticleFactory factory, long triples, Path file, java.io.PrintWriter err) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null)
                Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException(file + ": cannot write: " + e, e);
        }
        GenerateProgress p = new GenerateProgress(err, "triples", triples);
        try (OutputStream os = open(file)) {
            long n = new GraphGenerator(factory.knowledge(), factory, "synth")
                    .write(org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, org.apache.jena.riot.RDFFormat.NQUADS),
                           triples, p::update);
            p.done(n);
            return n;
        } catch (IOException e) {
            throw new IOException(file + ": cannot write: " + e, e);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
