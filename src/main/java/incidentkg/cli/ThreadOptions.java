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

    @Option(names = "--pipelines", paramLabel = "MODE", defaultValue = "auto",
            description = "'auto' (default): a copy of the language models per thread when the heap allows it (at "
                    + "least 3 GB of -Xmx per thread), else 'shared'; 'shared': the threads share one copy; "
                    + "'per-thread': each thread has its own copy, which scales better on several cores but needs about "
                    + "1.5 GB more heap per extra thread (e.g. -Xmx6g for 2 threads); see the README's Performance section.")
    String pipelines;

    /** The heap a thread with its own copy of the language models needs, in bytes, for {@code --pipelines auto}. */
    static final long HEAP_PER_PIPELINE = 3L << 30;

    /** Whether each of {@code threads} threads gets its own CoreNLP pipeline; a bad value is a usage error of {@code cl}. */
    boolean perThread(CommandLine cl, int threads) {
        return switch (pipelines) {
            case "shared" -> false;
            case "per-thread" -> true;
            case "auto" -> threads > 1 && Runtime.getRuntime().maxMemory() >= threads * HEAP_PER_PIPELINE;
            default -> throw new ParameterException(cl, "--pipelines must be 'auto', 'shared' or 'per-thread'");
        };
    }

    /** The number of threads; a bad value is a usage error of {@code cl}. */
    int threads(CommandLine cl) {
        if (threads < 1 || threads > 256)
            throw new ParameterException(cl, "--threads must be between 1 and 256");
        return threads;
    }
}
