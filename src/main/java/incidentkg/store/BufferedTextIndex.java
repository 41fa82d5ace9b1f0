package incidentkg.store;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * jena-text's Lucene index as the store uses it, with two changes that make a write transaction cheap.
 * <ul>
 * <li>A write transaction's changes wait in memory until the store has committed, and only then reach Lucene's
 * writer; an aborted transaction's changes are dropped. So Lucene's own rollback, which would also drop the
 * earlier transactions' changes not yet committed to disk, is never needed.</li>
 * <li>Lucene commits (writes and syncs a new commit point, about 25 {@code fsync} calls) at most every
 * {@link #COMMIT_INTERVAL}, and when {@link #flush()}ed, rather than once per transaction. Until it has, the
 * store's marker of a pending index ({@link LabelIndex#PENDING}) stays, so a crash in between has the index
 * rebuilt from the store on the next opening.</li>
 * </ul>
 * Searches go through one near-real-time reader over Lucene's writer, refreshed when the writer has changed:
 * a search sees every store commit made before it starts, whether Lucene has committed it to disk or not, and
 * no reader is opened per {@code text:query} (opening one takes 10 to 20 ms on a store of ten million triples;
 * the search itself 1 to 4 ms).
 * <p>
 * Writes come one transaction at a time ({@link LabelIndexDataset} holds its writer lock from begin to end).
 * jena-text keeps the search over a given reader private, so it is reached by reflection; where that fails
 * (another jena-text version), every search opens its own reader, as jena-text does, and Lucene commits with
 * every transaction, so that searches still see every store commit.
 */
final class BufferedTextIndex extends TextIndexLucene {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedTextIndex.class);
    private static final Method SEARCH = method("query$", IndexReader.class, List.class, String.class,
                                                UnaryOperator.class, String.class, String.class, int.class, String.class);
    private static final Method URI_FILTER = method("addUriPredicate", String.class);

    /**
     * Lucene commits to disk at the first store commit this long or more after its last one (and on
     * {@link #flush()}): changes of later commits wait in its writer, on disk but not synced.
     */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);

    private record Change(boolean add, Entity entity) {}

    private DirectoryReader reader; // guarded by this
    // the write transaction's changes, and the state of Lucene's writer: used by one writer at a time
    private final List<Change> open = new ArrayList<>();
    private boolean writing, unsynced, stale;
    private long syncedAt = System.nanoTime();

    BufferedTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    /** A write transaction starts: its changes wait until {@link #commit()} (or go with {@link #rollback()}). */
    void beginWrite() {
        open.clear();
        writing = true;
    }

    @Override
    public void addEntity(Entity entity) {
        if (writing)
            open.add(new Change(true, entity));
        else
            super.addEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        if (writing)
            open.add(new Change(false, entity));
        else
            super.deleteEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        if (writing)
            throw new UnsupportedOperationException("the store's text index adds and deletes names, never updates them");
        super.updateEntity(entity);
    }

    /** Nothing to prepare: no change of the transaction reaches Lucene before the store has committed. */
    @Override
    public void prepareCommit() {}

    /**
     * The store has committed: its transaction's changes go to Lucene's writer (and so to searches), and Lucene
     * commits them to disk if it last did {@link #COMMIT_INTERVAL} ago or more. Should Lucene fail here, the
     * index no longer matches the store and stays {@linkplain #durable() marked stale} until rebuilt.
     */
    @Override
    public void commit() {
        if (!writing) {
            flush();
            return;
        }
        try {
            for (Change c : open) {
                if (c.add())
                    super.addEntity(c.entity());
                else
                    super.deleteEntity(c.entity());
            }
            unsynced |= !open.isEmpty();
            // a search without the near-real-time reader sees only what Lucene has committed to disk
            if (!cachesReaders() || System.nanoTime() - syncedAt >= COMMIT_INTERVAL.toNanos())
                flush();
        } catch (RuntimeException | Error e) {
            stale = true;
            throw e;
        } finally {
            open.clear();
            writing = false;
        }
    }

    /** The store rolled back: the transaction's changes are dropped, the earlier ones kept. */
    @Override
    public void rollback() {
        open.clear();
        writing = false;
    }

    /** Lucene commits what its writer holds to disk (the changes of every committed transaction). */
    void flush() {
        try {
            super.commit();
        } catch (RuntimeException | Error e) {
            stale = true;
            throw e;
        }
        unsynced = false;
        syncedAt = System.nanoTime();
    }

    /** Whether the index on disk holds exactly what the store has committed, as far as this index knows. */
    boolean durable() {
        return !unsynced && !stale && !writing;
    }

    /** The store committed while the index failed to follow: it stays stale until rebuilt. */
    void markStale() {
        stale = true;
    }

    /** Whether searches go through the one cached reader (false: each opens its own, as jena-text does). */
    static boolean cachesReaders() {
        return SEARCH != null && URI_FILTER != null;
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            Method m = TextIndexLucene.class.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("jena-text has no {}: every text search opens its own index reader ({})", name, e.toString());
            return null;
        }
    }

    /** Every {@code text:query} form ends here. */
    @Override
    @SuppressWarnings("unchecked")
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
                               String highlight) {
        if (!cachesReaders())
            return super.query(uri, props, qs, graphURI, lang, limit, highlight);
        DirectoryReader r = acquire();
        try {
            return (List<TextHit>) SEARCH.invoke(this, r, props, qs, URI_FILTER.invoke(this, uri), graphURI, lang,
                                                 limit, highlight);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParseException p)
                throw new TextIndexParseException(qs, p.getMessage());
            if (cause instanceof RuntimeException x)
                throw x;
            throw new TextIndexException(String.valueOf(cause.getMessage()), cause);
        } catch (IllegalAccessException e) {
            throw new TextIndexException(e.getMessage(), e);
        } finally {
            release(r);
        }
    }

    /** A reader of everything the store has committed, with a reference for the caller. */
    private synchronized DirectoryReader acquire() {
        try {
            if (reader == null) {
                reader = DirectoryReader.open(getIndexWriter());
            } else {
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.decRef();
                    reader = newer;
                }
            }
            reader.incRef();
            return reader;
        } catch (IOException e) {
            throw new TextIndexException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    private static void release(DirectoryReader r) {
        try {
            r.decRef();
        } catch (IOException e) {
            throw new TextIndexException("cannot close a text index reader: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (reader != null) {
                try {
                    reader.decRef();
                } catch (IOException e) {
                    LOG.warn("closing the text index reader: {}", e.getMessage());
                }
                reader = null;
            }
        }
        super.close();
    }
}
