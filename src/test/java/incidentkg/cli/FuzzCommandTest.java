package incidentkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzz command's reading pass (no language analysis: --sample 0) and its usage errors. */
class FuzzCommandTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryInputAndPasses() throws Exception {
        CliRun r = CliRun.of("fuzz", "--count", "300", "--sample", "0", "--seed", "7", "--work", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("300 inputs: "), r.out());
        assertTrue(r.out().contains(" 0 loaded, 0 failed\n"), r.out());
        // the 50 MB file, the 10 MB line and the article repeated 1,000 times
        assertTrue(r.out().contains("      3  REJECTED too large\n"), r.out());
        assertTrue(r.out().contains("  REJECTED not valid UTF-8\n"), r.out());
        assertTrue(r.out().contains("fuzz seed 7: 300 inputs in "), r.out());
        assertTrue(r.out().endsWith(", crashes 0, store check passed\n"), r.out());
        assertTrue(r.err().contains("[300/300] inputs read"), r.err());
        try (var files = Files.list(dir.resolve("inputs"))) {
            assertEquals(0, files.count(), "every input file is deleted after use");
        }
    }

    @Test
    void badUsage() {
        assertEquals(2, CliRun.of("fuzz", "--count", "2").status());
        assertEquals(2, CliRun.of("fuzz", "--sample", "-1").status());
        assertEquals(2, CliRun.of("fuzz", "--article-timeout", "0").status());
    }

    @Test
    void noArticleToStartFrom() {
        CliRun r = CliRun.of("fuzz", "--count", "10", "--sample", "0", "--article", dir.toString());
        assertEquals(1, r.status());
        assertEquals("error: " + dir + ": no article to make the inputs from\n", r.err());
        assertFalse(r.out().contains("inputs:"));
    }
}
