package incidentkg.cli;

import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code load [--store DIR] PATH...}: loads article files, one transaction per article. */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load article files (a folder means every *.txt in it, sorted), one transaction per article.",
        footer = {"", "Exit status: 0 all loaded, 1 some failed (the others are loaded), 2 bad usage."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Mixin
    LimitOptions limits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var articleLimits = limits.limits(spec.commandLine());
        KnowledgeBase kb = options.knowledge();
        try (Store store = Store.open(options.store, kb)) {
            int failed = Loading.load(store, kb, options.maxBytes, articleLimits, paths,
                                      spec.commandLine().getOut(), spec.commandLine().getErr());
            return failed == 0 ? 0 : 1;
        }
    }
}
