package incidentkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the runnable jar: lists the commands; each command is its own class. */
@Command(name = "incidentkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "IncidentKG: a knowledge graph of terrorist incidents built from news articles.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class,
                LinkCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class,
                FuzzCommand.class, ExtractCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 failure (e.g. an article failed to load), 2 bad usage."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its one-line error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cl;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"incidentkg " + (v == null ? "(development)" : v)};
        }
    }
}
