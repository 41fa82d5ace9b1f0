package incidentkg.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset to a folder, all in one read transaction:
 * <ul>
 * <li>{@code incidentkg.ttl}: the union of the named graphs (Turtle);</li>
 * <li>{@code incidentkg.trig}, {@code incidentkg.nq}, {@code incidentkg.jsonld}: every named graph (TriG,
 *     N-Quads, JSON-LD);</li>
 * <li>{@code incidents.csv}: one row per incident ({@link IncidentTable});</li>
 * <li>{@code void.ttl}: the VoID/DCAT description ({@link VoidDescription}), naming the files above as dumps
 *     (relative to itself, or under a base URL).</li>
 * </ul>
 */
public final class DatasetExporter {
    public static final String TURTLE = "incidentkg.ttl", TRIG = "incidentkg.trig", NQUADS = "incidentkg.nq",
            JSONLD = "incidentkg.jsonld", CSV = "incidents.csv", VOID = "void.ttl";

    /** A file written and what it holds ("123 triples"). */
    public record Written(Path file, String content) {}

    private DatasetExporter() {}

    /**
     * @param baseUrl where the files will be published, ending in "/", or null to name them relative to
     *                {@code void.ttl}
     */
    public static List<Written> export(Dataset ds, Path dir, String sparqlEndpoint, String license, String baseUrl) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the folder (" + e.getMessage() + ")", e);
        }
        return Txn.calculateRead(ds, () -> {
            List<Written> out = new ArrayList<>();
            DatasetGraph dsg = ds.asDatasetGraph();
            Graph union = dsg.getUnionGraph();
            out.add(write(dir.resolve(TURTLE), os -> RDFDataMgr.write(os, union, RDFFormat.TURTLE_BLOCKS),
                          union.size() + " triples"));
            long quads = dsg.stream().count();
            out.add(write(dir.resolve(TRIG), os -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS), quads + " quads"));
            out.add(write(dir.resolve(NQUADS), os -> RDFDataMgr.write(os, dsg, RDFFormat.NQUADS), quads + " quads"));
            out.add(write(dir.resolve(JSONLD), os -> RDFDataMgr.write(os, dsg, RDFFormat.JSONLD), quads + " quads"));
            int[] incidents = {0};
            out.add(write(dir.resolve(CSV), os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                try {
                    incidents[0] = IncidentTable.write(ds, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, null));
            out.set(out.size() - 1, new Written(dir.resolve(CSV), incidents[0] + " incidents"));
            String base = baseUrl == null ? "" : baseUrl;
            Model voidModel = VoidDescription.describe(ds, new VoidDescription.Options(sparqlEndpoint, license, List.of(
                    new VoidDescription.Dump(base + TURTLE, "text/turtle"),
                    new VoidDescription.Dump(base + TRIG, "application/trig"),
                    new VoidDescription.Dump(base + NQUADS, "application/n-quads"),
                    new VoidDescription.Dump(base + JSONLD, "application/ld+json"),
                    new VoidDescription.Dump(base + CSV, "text/csv"))));
            out.add(write(dir.resolve(VOID), os -> RDFDataMgr.write(os, voidModel, RDFFormat.TURTLE_PRETTY),
                          voidModel.size() + " triples"));
            return out;
        });
    }

    private interface Body {
        void write(OutputStream os);
    }

    private static Written write(Path file, Body body, String content) {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
            body.write(os);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
        return new Written(file, content);
    }
}
