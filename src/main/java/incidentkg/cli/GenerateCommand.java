package incidentkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code generate corpus|graph}: synthetic data for scale tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Generate synthetic data for scale tests: news-like articles, or graphs of the contract's shape.",
        subcommands = {GenerateCorpusCommand.class, GenerateGraphCommand.class})
public final class GenerateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
