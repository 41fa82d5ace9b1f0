package incidentkg.cli;

import incidentkg.store.ParallelLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How many threads analyse articles while one thread writes (load, serve --load, extract). */
public final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that analyse articles while one thread writes them in order (default: the number "
                    + "of processors, ${DEFAULT-VALUE} here). They share one copy of the language models; each "
                    + "article in analysis needs some more heap.")
    int threads = ParallelLoader.defaultThreads();

    /** The number of threads; a bad value is a usage error of {@code cl}. */
    int threads(CommandLine cl) {
        if (threads < 1 || threads > 256)
            throw new ParameterException(cl, "--threads must be between 1 and 256");
        return threads;
    }
}
