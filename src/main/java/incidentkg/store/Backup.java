package incidentkg.store;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * A snapshot of a store as N-Quads, gzip-compressed when the file name ends in {@code .gz}. The snapshot is
 * taken in one read transaction, so it is consistent even while a loader writes and a server answers
 * queries: it holds every article either whole or not at all. The file is written beside its final name and
 * moved into place when complete, so an interrupted backup never leaves a partial file under that name.
 */
public final class Backup {
    private Backup() {}

    /** Writes every quad of {@code dsg} to {@code output}; returns the number of quads. */
    public static long write(DatasetGraph dsg, Path output) {
        return into(output, out -> Txn.calculateRead(dsg, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            long n = 0;
            writer.start();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++)
                writer.quad(it.next());
            writer.finish();
            return n;
        }));
    }

    /**
     * Copies an N-Quads stream (e.g. a server's whole-dataset response) to {@code output}; returns the number
     * of lines written.
     */
    public static long copy(InputStream nquads, Path output) {
        return into(output, out -> {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            for (int n; (n = nquads.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                for (int i = 0; i < n; i++)
                    if (buf[i] == '\n')
                        lines++;
            }
            return lines;
        });
    }

    private interface Writing {
        long to(OutputStream out) throws IOException;
    }

    private static long into(Path output, Writing writing) {
        Path abs = output.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        try {
            long n;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 OutputStream out = gzip(output) ? new GZIPOutputStream(file, 1 << 16) : file) {
                n = writing.to(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException(output + ": cannot write the backup: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    static boolean gzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the partial file stays; its name says what it is
        }
    }
}
