package incidentkg.store;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds a store from a {@link Backup} (N-Quads, gzip-compressed when the name ends in {@code .gz}). The
 * whole file is read in one write transaction: a damaged file, or a crash during the restore, leaves the
 * target as it was. The target must be a new or empty folder; with {@code force}, an existing TDB2 store is
 * replaced (never a folder holding anything else).
 */
public final class Restore {
    private Restore() {}

    /** Thrown with a one-line {@code FILE: problem} or {@code FILE:LINE: problem}. */
    public static final class RestoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RestoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Restores {@code input} into the store folder {@code dir}; returns the number of quads. */
    public static long restore(Path input, Path dir, boolean force) {
        if (!Files.isRegularFile(input))
            throw new RestoreException(input + ": not a readable file", null);
        boolean existed = Files.exists(dir);
        if (existed && !Files.isDirectory(dir))
            throw new RestoreException(dir + ": not a folder", null);
        if (existed && !isEmpty(dir)) {
            if (!force)
                throw new RestoreException(dir + ": not empty; restore into a new or empty folder, or use --force"
                        + " to replace the store in it", null);
            if (!Store.exists(dir))
                throw new RestoreException(dir + ": not a TDB2 store; --force only replaces a store", null);
        }
        if (existed)
            LabelIndex.invalidate(dir); // the store's text index no longer matches it: rebuilt on the next open
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw new RestoreException(dir + ": cannot open the store (" + oneLine(e) + ")", e);
        }
        boolean done = false;
        try {
            long n = Txn.calculateWrite(dsg, () -> {
                dsg.clear();
                return parse(input, dsg);
            });
            done = true;
            return n;
        } catch (RestoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RestoreException(input + ": " + oneLine(e), e);
        } finally {
            TDBInternal.expel(dsg);
            if (!done && !existed)
                deleteTree(dir);
        }
    }

    private static long parse(Path input, DatasetGraph dsg) {
        long[] n = {0};
        StreamRDF dest = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void quad(Quad q) {
                super.quad(q);
                n[0]++;
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                super.triple(t);
                n[0]++;
            }
        };
        // the parser takes a read error for the end of its input, which would restore a truncated file in part:
        // the stream remembers the error and the restore fails on it
        try (WatchedStream in = new WatchedStream(open(input))) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(errors(input.toString())).parse(dest);
            if (in.error != null)
                throw in.error;
        } catch (IOException | RuntimeIOException e) {
            throw new RestoreException(input + ": cannot read (" + oneLine(e) + ")", e);
        }
        return n[0];
    }

    /** An input stream that remembers the first read error. */
    private static final class WatchedStream extends FilterInputStream {
        IOException error;

        WatchedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (error == null)
                error = e;
            return e;
        }
    }

    private static InputStream open(Path input) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
        return Backup.gzip(input) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Parse errors as {@code FILE:LINE: problem}; a warning does not change what is read, so it passes. */
    private static ErrorHandler errors(String file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // the quad is read as written
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RestoreException(file + ":" + line + ": " + TimeBudget.oneLine(message), null);
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }

    private static String oneLine(Throwable e) {
        Throwable c = e;
        while (c instanceof RuntimeIOException && c.getCause() != null)
            c = c.getCause();
        String m = c.getMessage();
        return TimeBudget.oneLine(m == null ? c.getClass().getSimpleName() : m);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // what is left is an empty store
        }
    }
}
