package incidentkg.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limit options of load and serve: documented in --help, checked before anything is opened. */
class LimitOptionsTest {
    @Test
    void helpListsTheLimitsWithTheirDefaults() {
        for (String command : new String[] {"load", "serve"}) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.status());
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("--max-chars=N Longest article accepted, in characters (default: 200000)."), help);
            assertTrue(help.contains("--max-sentences=N Most sentences in an article (default: 1000)."), help);
            assertTrue(help.contains("--max-sentence-length=N Longest sentence accepted, in characters (default: 3000)."), help);
            assertTrue(help.contains("--article-timeout=SECONDS Time one article may take to read and analyse; a slower "
                                     + "article is abandoned and reported, and the store is left as it was (default: 120)."), help);
        }
        assertTrue(CliRun.of("serve", "--help").out().contains("--credentials-file=FILE"));
    }

    @Test
    void badLimitsAreUsageErrors() {
        CliRun r = CliRun.of("load", "--max-sentences", "0", "nothing.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--max-chars, --max-sentences and --max-sentence-length must be positive"), r.err());
        CliRun t = CliRun.of("load", "--article-timeout", "-1", "nothing.txt");
        assertEquals(2, t.status());
        assertTrue(t.err().startsWith("--article-timeout must be a positive number of seconds"), t.err());
    }

    @Test
    void aBadCredentialsFileFailsBeforeLoading() {
        CliRun r = CliRun.of("serve", "--store", "target/no-such-store-for-this-test", "--credentials-file",
                             "target/no-such-credentials.txt");
        assertEquals(1, r.status());
        assertEquals("error: target/no-such-credentials.txt: cannot read credentials file\n", r.err());
    }
}
