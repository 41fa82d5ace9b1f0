package incidentkg.cli;

import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code load [--store DIR] [--threads N] [--bulk] PATH...}: loads article files, one transaction per article,
 * analysing them on several threads; or, with {@code --bulk}, into a new store with Jena's bulk loader.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load article files (a folder means every *.txt in it, sorted), one transaction per article.",
        footer = {"", "Exit status: 0 all loaded, 1 some failed (the others are loaded), 2 bad usage."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Mixin
    LimitOptions limits;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--bulk",
            description = "Into a new, empty store only: extract every article first (into memory), then write the "
                    + "store at once with Jena's TDB2 parallel bulk loader; faster for a large first load. Refused on "
                    + "a store that already holds data.")
    boolean bulk;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1",
            description = "Write up to N whole articles in one transaction, committed at least every 2 seconds "
                    + "(default: ${DEFAULT-VALUE}, a transaction per article). Faster on a slow disk; an article that fails "
                    + "still writes nothing, but a crash loses the whole open batch, which the next load writes again.")
    int batch;

    @Option(names = "--compact",
            description = "After loading, compact the store (as the 'compact' command does): a store written one "
                    + "article per transaction keeps the old copies of every index block it changed, many times the "
                    + "space of its data, until it is compacted.")
    boolean compact;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var articleLimits = limits.limits(spec.commandLine());
        int n = threads.threads(spec.commandLine());
        boolean perThread = threads.perThread(spec.commandLine(), n);
        if (batch < 1 || batch > 10_000)
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be between 1 and 10000");
        if (bulk && batch != 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch does not apply to --bulk");
        KnowledgeBase kb = options.knowledge();
        try (Store store = Store.open(options.store, kb)) {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            int failed = bulk ? Loading.loadBulk(store, kb, options.maxBytes, articleLimits, n, perThread, paths, out, err)
                    : Loading.load(store, kb, options.maxBytes, articleLimits, n, perThread, batch, paths, out, err);
            if (compact && failed >= 0)
                CompactCommand.run(options.store, out, err,
                                   progress -> store.compact(progress, CompactCommand.PROGRESS_MILLIS));
            return failed < 0 ? 2 : failed == 0 ? 0 : 1;
        }
    }
}
