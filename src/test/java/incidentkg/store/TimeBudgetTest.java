package incidentkg.store;

import incidentkg.model.ArticleException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeBudgetTest {
    private final TimeBudget budget = new TimeBudget(Duration.ofMillis(200));

    @Test
    void theResultPassesThrough() throws ArticleException {
        assertEquals("graph", budget.run("a.txt", () -> "graph"));
    }

    @Test
    void workThatNeverEndsIsAbandonedAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ArticleException e = assertThrows(ArticleException.class, () -> budget.run("a.txt", () -> {
            try {
                new CountDownLatch(1).await(); // forever
            } catch (InterruptedException ie) {
                interrupted.countDown();
            }
            return null;
        }));
        assertEquals("a.txt: took longer than 200 ms and was abandoned (set the limit with --article-timeout)",
                     e.getMessage());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the abandoned work was interrupted");
        // the budget goes on with the next article
        assertEquals(42, budget.run("b.txt", () -> 42));
    }

    @Test
    void closingEndsTheIdleThreads() throws Exception {
        TimeBudget b = new TimeBudget(Duration.ofSeconds(5));
        Thread worker = b.run("a.txt", Thread::currentThread);
        assertTrue(worker.isAlive());
        b.close();
        assertFalse(worker.isAlive());
    }

    @Test
    void anArticleExceptionKeepsItsMessageOnOneLine() {
        ArticleException e = assertThrows(ArticleException.class, () -> budget.run("a.txt", () -> {
            throw new ArticleException("a.txt", "bad metadata:\n  line 1\r\n  line 2");
        }));
        assertEquals("a.txt: bad metadata: line 1 line 2", e.getMessage());
    }

    @Test
    void anyFailureBecomesAOneLineError() {
        ArticleException e = assertThrows(ArticleException.class, () -> budget.run("a.txt", () -> {
            throw new IllegalStateException("two\nlines");
        }));
        assertEquals("a.txt: failed: java.lang.IllegalStateException: two lines", e.getMessage());
        ArticleException so = assertThrows(ArticleException.class, () -> budget.run("a.txt", TimeBudgetTest::recurse));
        assertEquals("a.txt: failed: java.lang.StackOverflowError", so.getMessage());
    }

    @Test
    void longMessagesAreCut() {
        String m = TimeBudget.oneLine("x".repeat(10_000));
        assertEquals(500, m.length());
        assertTrue(m.endsWith("..."));
        assertEquals("a b", TimeBudget.oneLine("\u0085a\u2028\u2029b\n"));
    }

    private static int recurse() {
        return recurse() + 1;
    }
}
