package incidentkg.export;

import incidentkg.cli.Main;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export} writes every format; each file parses and holds what the sample holds. */
class ExportCommandIT {
    @TempDir
    Path dir;

    static int run(StringWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    /** A minimal RFC 4180 reader: records of fields, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> readCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        assertEquals(0, f.length() + rec.size(), "the last record ends in CRLF");
        return records;
    }

    @Test
    void exportsTheStoreInEveryFormat() throws Exception {
        // the sample's articles and link set in a real store (which adds the real ontology and gazetteer)
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            DatasetGraph sample = Sample.dataset().asDatasetGraph();
            Txn.executeRead(sample, () -> Txn.executeWrite(store.dataset(), () -> sample.stream()
                    .filter(q -> !q.getGraph().getURI().equals("https://w3id.org/incidentkg/ontology")
                            && !q.getGraph().getURI().equals("https://w3id.org/incidentkg/graph/gazetteer"))
                    .forEach(store.dataset().asDatasetGraph()::add)));
        }
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        assertEquals(0, run(stdout, "export", "--store", storeDir.toString(), "--output", out.toString()));
        assertTrue(stdout.toString().contains("wrote " + out.resolve("incidents.csv") + " (2 incidents)"), stdout.toString());

        // the store as written, for comparison (through N-Quads text, so that its literals compare as parsed ones do)
        StringWriter nquads = new StringWriter();
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(nquads, store.dataset().asDatasetGraph(), Lang.NQUADS));
        }
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads.toString(), Lang.NQUADS).parse(expected);
        long quads = expected.stream().count();
        assertTrue(quads > 59, "the store also holds the ontology and the gazetteer: " + quads);

        for (String file : List.of("incidentkg.trig", "incidentkg.nq", "incidentkg.jsonld")) {
            Dataset got = DatasetFactory.create();
            RDFParser.source(out.resolve(file)).parse(got);
            assertTrue(isomorphic(expected, got.asDatasetGraph()), file + " differs from the store");
        }
        Model union = RDFDataMgr.loadModel(out.resolve("incidentkg.ttl").toString());
        Model expectedUnion = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        expected.stream().forEach(q -> expectedUnion.getGraph().add(q.asTriple()));
        assertEquals(expectedUnion.size(), union.size());
        assertTrue(union.isIsomorphicWith(expectedUnion), "incidentkg.ttl differs from the union of the store");

        Model voidModel = RDFDataMgr.loadModel(out.resolve("void.ttl").toString());
        assertEquals(expectedUnion.size(), VoidDescriptionTest.count(voidModel, VoidDescription.DATASET, "triples"));
        assertEquals(2, VoidDescriptionTest.classPartitions(voidModel).get(VoidDescriptionTest.IKG + "Article"));
        assertTrue(voidModel.contains(voidModel.createResource(VoidDescription.DATASET),
                voidModel.createProperty(VoidDescription.VOID, "dataDump"),
                voidModel.createResource(out.resolve("incidentkg.nq").toUri().toString())), "dumps named relative to void.ttl");

        List<List<String>> csv = readCsv(Files.readString(out.resolve("incidents.csv"), StandardCharsets.UTF_8));
        assertEquals(3, csv.size());
        assertEquals(IncidentTable.COLUMNS, csv.get(0));
        for (List<String> row : csv)
            assertEquals(15, row.size(), row.toString());
        assertEquals(List.of(Sample.RES + "incident/i2", "Bombing", "Bombing, Paris, \"Le Comptoir\""), csv.get(1).subList(0, 3));
        assertEquals(List.of(Sample.RES + "incident/i1", "HostageTaking", "Hostage taking, Bamako"), csv.get(2).subList(0, 3));
        assertEquals(List.of("Bamako", "Mali"), csv.get(2).subList(5, 7));
        assertEquals(List.of("gunmen", "al-Qaeda", "at least 21; 22", "", "up to 170 (unverified)"), csv.get(2).subList(9, 14));
    }

    static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        List<org.apache.jena.graph.Node> ga = new ArrayList<>(), gb = new ArrayList<>();
        a.listGraphNodes().forEachRemaining(ga::add);
        b.listGraphNodes().forEachRemaining(gb::add);
        if (!new java.util.HashSet<>(ga).equals(new java.util.HashSet<>(gb)))
            return false;
        for (org.apache.jena.graph.Node g : ga)
            if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g)))
                return false;
        return a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph());
    }

    @Test
    void outputIsRequired() {
        assertEquals(2, run(new StringWriter(), "export", "--store", dir.resolve("s").toString()));
    }

}
