package incidentkg.it;

import incidentkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: exit codes, one-line errors, summaries, help. */
class CliIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        Run top = run("--help");
        assertEquals(0, top.exit());
        for (String c : new String[] {"load", "serve", "query", "eval", "link", "export", "backup", "restore", "compact",
                                      "fuzz", "extract", "generate", "bench"}) {
            assertTrue(top.out().contains("  " + c + " "), "top-level help lists " + c);
            Run help = run(c, "--help");
            assertEquals(0, help.exit(), c);
            assertTrue(help.out().contains("Usage: incidentkg " + c + " "), help.out());
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run("load").exit());
        assertEquals(2, run("load", "--no-such-option", "x.txt").exit());
        // eval takes the loader's article limits: a slow machine can give an article more time
        Run eval = run("eval", "--corpus", "no-such-corpus", "--article-timeout", "0");
        assertEquals(2, eval.exit());
        assertTrue(eval.err().startsWith("--article-timeout must be a positive number of seconds"), eval.err());
    }

    @Test
    void aFailedFileIsOneLineAndExitOneWhileTheOthersLoad() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Seed.ARTICLE, articles.resolve("bamako-2015.txt"));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        Path store = dir.resolve("store");
        Run load = run("load", "--store", store.toString(), articles.toString());
        assertEquals(1, load.exit());
        assertEquals("1 loaded, 0 unchanged, 1 failed\n", load.out());
        assertTrue(load.err().lines().anyMatch(l -> l.equals(articles.resolve("empty.txt") + ": empty article")),
                   load.err());

        Run again = run("load", "--store", store.toString(), articles.resolve("bamako-2015.txt").toString());
        assertEquals(0, again.exit());
        assertEquals("0 loaded, 1 unchanged, 0 failed\n", again.out());

        Run query = run("query", "--store", store.toString(), "--format", "csv", "queries/cq2-claims.rq");
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().startsWith("incident,claimant,claimantType,affiliate,verified,hedge"), query.out());
        assertTrue(query.out().contains(",African Jihadist group,"), query.out());
    }
}
