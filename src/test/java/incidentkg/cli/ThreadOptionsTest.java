package incidentkg.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pipelines the threads get: as asked, or for 'auto' a copy per thread only when the heap allows it. */
class ThreadOptionsTest {
    private static boolean perThread(String mode, int threads) {
        ThreadOptions o = new ThreadOptions();
        o.pipelines = mode;
        return o.perThread(new CommandLine(new LoadCommand()), threads);
    }

    @Test
    void explicitModesAreObeyed() {
        assertFalse(perThread("shared", 2));
        assertTrue(perThread("per-thread", 2));
    }

    @Test
    void autoNeverCopiesForOneThreadNorBeyondTheHeap() {
        assertFalse(perThread("auto", 1));
        // 256 threads would need 768 GB of heap
        assertFalse(perThread("auto", 256));
    }

    @Test
    void autoIsTheDefaultAndABadModeIsAUsageError() {
        CliRun help = CliRun.of("load", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("--pipelines=MODE 'auto' (default): a copy of the language models per thread when the heap allows it (at least 3 GB of -Xmx per thread), else 'shared'"), help.out());
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class, () -> perThread("many", 2));
        assertEquals("--pipelines must be 'auto', 'shared' or 'per-thread'", e.getMessage());
    }
}
