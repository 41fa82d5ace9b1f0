package incidentkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: benchmarks that report how fast IncidentKG is (they never assert a speed). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Benchmarks: loader throughput by stage (bench load) and query latency over HTTP (bench queries); "
                + "they print a table, write JSON with --json, and never assert a speed.",
        subcommands = {BenchLoadCommand.class, BenchQueriesCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
