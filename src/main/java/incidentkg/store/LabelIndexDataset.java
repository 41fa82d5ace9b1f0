package incidentkg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A TDB2 store seen through its {@link LabelIndex}: every quad added or deleted through it updates the index
 * when the store's transaction commits, and never when it rolls back. Write transactions through it run one at a
 * time from begin to the end of both commits (so that a writer never commits another's half-done index changes),
 * and each one marks the index pending ({@link LabelIndex#PENDING}) until Lucene has written its changes to
 * disk ({@link BufferedTextIndex}). Queries run on TDB2's own
 * query engine ({@link LabelIndexQueryEngine}), so the union default graph holds as on the bare store.
 */
final class LabelIndexDataset extends DatasetGraphText {
    private enum State { WRITING, COMMITTING }

    private final DatasetGraph base;
    private final BufferedTextIndex index;
    private final Runnable markPending, clearPending;
    private final ReentrantLock writer = new ReentrantLock();
    private final ThreadLocal<State> state = new ThreadLocal<>();
    private final AtomicLong commits = new AtomicLong();

    static {
        LabelIndexQueryEngine.install();
    }

    /**
     * {@code base} is the TDB2 dataset; it is wrapped once more so that jena-text coordinates the two commits
     * itself rather than joining TDB2's transaction coordinator (which outlives this object).
     */
    LabelIndexDataset(DatasetGraph base, BufferedTextIndex index, Runnable markPending, Runnable clearPending) {
        super(new DatasetGraphWrapper(base), index, new TextDocProducerTriples(index), false);
        this.base = base;
        this.index = index;
        this.markPending = markPending;
        this.clearPending = clearPending;
        getContext().set(TextQuery.textIndex, index); // the TDB2 store's context: text:query finds the index
    }

    /** The TDB2 dataset underneath. */
    DatasetGraph base() {
        return base;
    }

    @Override
    public void begin(ReadWrite mode) {
        if (mode != ReadWrite.WRITE) {
            super.begin(mode);
            return;
        }
        writer.lock();
        try {
            super.begin(mode);
        } catch (RuntimeException | Error e) {
            writer.unlock();
            throw e;
        }
        state.set(State.WRITING);
        try {
            markPending.run();
            index.beginWrite();
        } catch (RuntimeException | Error e) {
            abort();
            super.end();
            throw e;
        }
    }

    /** How many write transactions have committed through this dataset since it was opened. */
    long commits() {
        return commits.get();
    }

    @Override
    public void commit() {
        boolean write = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        if (state.get() == null) {
            super.commit();
            if (write)
                commits.incrementAndGet();
            return;
        }
        state.set(State.COMMITTING);
        try {
            super.commit();
        } catch (RuntimeException | Error e) {
            finish(false);
            throw e;
        }
        commits.incrementAndGet();
        finish(true);
    }

    @Override
    public void abort() {
        State s = state.get();
        if (s == null) {
            super.abort();
            return;
        }
        try {
            super.abort();
        } finally {
            // an abort inside a failed commit may leave the store committed and the index not
            finish(s == State.WRITING);
        }
    }

    @Override
    public void end() {
        boolean writing = state.get() != null;
        try {
            super.end();
        } finally {
            if (writing)
                finish(true);
        }
    }

    /**
     * Ends this thread's write: clears the marker when the index on disk agrees with the store (Lucene may
     * commit later: {@link BufferedTextIndex}), and lets the next writer in.
     */
    private void finish(boolean consistent) {
        if (state.get() == null)
            return;
        state.remove();
        try {
            if (!consistent)
                index.markStale();
            else if (index.durable())
                clearPending.run();
        } finally {
            writer.unlock();
        }
    }

    /**
     * Has Lucene commit to disk what every committed write gave the index, and clears the marker when the index
     * then agrees with the store. Waits for a write in progress on another thread; inside one on this thread,
     * does nothing.
     */
    void flush() {
        if (state.get() != null)
            return;
        writer.lock();
        try {
            index.flush();
            if (index.durable())
                clearPending.run();
        } finally {
            writer.unlock();
        }
    }
}
