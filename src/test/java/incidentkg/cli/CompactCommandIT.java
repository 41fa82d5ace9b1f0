package incidentkg.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code compact}: a store written in many small transactions shrinks, and holds the same quads after. */
class CompactCommandIT {
    private static final Pattern REPORT = Pattern.compile("compact: (.+) from ([0-9,.]+) MB to ([0-9,.]+) MB \\(([0-9.]+) s\\)\n");

    @TempDir
    Path dir;

    /**
     * 10,000 quads, then 100 write transactions that each change 100 of them spread over the whole store, so
     * that each writes new copies of index blocks all over the files (as loading articles one by one does):
     * the files grow past the 8 MB that TDB2 gives each at first.
     */
    private DatasetGraph written(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI("https://example.org/article/a");
        org.apache.jena.graph.Node p = org.apache.jena.graph.NodeFactory.createURI("https://example.org/p");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 10_000; i++)
                dsg.add(g, subject(i), p, org.apache.jena.graph.NodeFactory.createLiteralString("0"));
        });
        for (int t = 1; t <= 100; t++) {
            int round = t;
            Txn.executeWrite(dsg, () -> {
                for (int i = round % 100; i < 10_000; i += 100) {
                    dsg.deleteAny(g, subject(i), p, org.apache.jena.graph.Node.ANY);
                    dsg.add(g, subject(i), p, org.apache.jena.graph.NodeFactory.createLiteralString("" + round));
                }
            });
        }
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
        TDBInternal.expel(dsg);
        return copy;
    }

    private static org.apache.jena.graph.Node subject(int i) {
        return org.apache.jena.graph.NodeFactory.createURI("https://example.org/incident/" + i);
    }

    @Test
    void compactionShrinksTheStoreAndKeepsItsQuads() {
        Path store = dir.resolve("store");
        DatasetGraph before = written(store);
        assertEquals(10_000, Txn.calculateRead(before, () -> before.stream().count()));
        CliRun r = CliRun.of("compact", "--store", store.toString());
        assertEquals(0, r.status(), r.err());
        Matcher m = REPORT.matcher(r.out());
        assertTrue(m.matches(), r.out());
        assertEquals(store.toString(), m.group(1));
        double from = Double.parseDouble(m.group(2).replace(",", "")), to = Double.parseDouble(m.group(3).replace(",", ""));
        assertTrue(to < from, r.out());
        assertTrue(r.err().startsWith("compacting " + store + "…\n"), r.err());
        // the old generation is gone, the new one is live and holds the same quads
        assertFalse(Files.exists(store.resolve("Data-0001")));
        assertTrue(Files.isDirectory(store.resolve("Data-0002")));
        DatasetGraph after = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            assertTrue(Txn.calculateRead(after, () -> Txn.calculateRead(before, () -> IsoMatcher.isomorphic(before, after))));
        } finally {
            TDBInternal.expel(after);
        }
    }

    @Test
    void errorsAreOneLine() {
        CliRun none = CliRun.of("compact", "--store", dir.resolve("nothing").toString());
        assertEquals(1, none.status());
        assertEquals("error: " + dir.resolve("nothing") + ": no store here\n", none.err());
        assertFalse(Files.exists(dir.resolve("nothing")), "compaction never creates a store");
        assertEquals(2, CliRun.of("compact", "--stor", "x").status());
    }
}
