package incidentkg.store;

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
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * jena-text's Lucene index, searched through one open reader that is refreshed when the index has committed
 * since, instead of a reader opened for every {@code text:query} (opening one takes 10 to 20 ms on a store of
 * ten million triples; the search itself 1 to 4 ms). A search sees every commit made before it starts, as
 * before.
 * <p>
 * jena-text keeps the search over a given reader private, so it is reached by reflection; where that fails
 * (another jena-text version), every search opens its own reader as jena-text does.
 */
final class ReaderCachingTextIndex extends TextIndexLucene {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderCachingTextIndex.class);
    private static final Method SEARCH = method("query$", IndexReader.class, List.class, String.class,
                                                UnaryOperator.class, String.class, String.class, int.class, String.class);
    private static final Method URI_FILTER = method("addUriPredicate", String.class);

    private final Directory directory;
    private DirectoryReader reader; // guarded by this

    ReaderCachingTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
        this.directory = directory;
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

    /** The reader of the latest commit, with a reference for the caller. */
    private synchronized DirectoryReader acquire() {
        try {
            if (reader == null) {
                reader = DirectoryReader.open(directory);
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
