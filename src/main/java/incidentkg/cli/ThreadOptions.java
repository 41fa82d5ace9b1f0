package incidentkg.cli;

import incidentkg.store.ParallelLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How many threads analyse articles while one thread writes (load, serve --load, extract). */
public final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that analyse articles while one thread writes them in order (default: the number "
                    + "of processors, ${DEFAULT-VALUE} here). Each article in analysis needs some more heap.")
    int threads = ParallelLoader.defaultThreads();

    @Option(names = "--pipelines", paramLabel = "MODE", defaultValue = "shared",
            description = "'shared' (default): the threads share one copy of the language models; 'per-thread': each "
                    + "thread has its own copy, which scales better on several cores but needs about 1.5 GB more heap "
                    + "per extra thread (e.g. -Xmx6g for 2 threads); see the README's Performance section.")
    String pipelines;

    /** Whether each thread gets its own CoreNLP pipeline; a bad value is a usage error of {@code cl}. */
    boolean perThread(CommandLine cl) {
        if (!pipelines.equals("shared") && !pipelines.equals("per-thread"))
            throw new ParameterException(cl, "--pipelines must be 'shared' or 'per-thread'");
        return pipelines.equals("per-thread");
    }

    /** The number of threads; a bad value is a usage error of {@code cl}. */
    int threads(CommandLine cl) {
        if (threads < 1 || threads > 256)
            throw new ParameterException(cl, "--threads must be between 1 and 256");
        return threads;
    }
}
