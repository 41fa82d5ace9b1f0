package incidentkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench …}: measurements that report and never assert. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure: query latency over HTTP at several graph sizes; reports, never asserts.",
        subcommands = {BenchQueriesCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
