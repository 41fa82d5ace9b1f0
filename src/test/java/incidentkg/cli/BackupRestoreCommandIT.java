package incidentkg.cli;

import incidentkg.server.IkgServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backup and restore through the command line, from a store folder and from a running server. */
class BackupRestoreCommandIT {
    private static final String TRIG = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            GRAPH <https://w3id.org/incidentkg/resource/article/a> {
                <https://w3id.org/incidentkg/resource/incident/i1> a ikg:Attack ; ikg:count 170 .
            }
            GRAPH <https://w3id.org/incidentkg/ontology> { ikg:Attack ikg:list ( ikg:a ikg:b ) . }
            """;

    @TempDir
    Path dir;

    private Path sampleStore() {
        Path store = dir.resolve("store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
        TDBInternal.expel(dsg);
        return store;
    }

    private static boolean isomorphic(Path a, Path b) {
        DatasetGraph x = DatabaseMgr.connectDatasetGraph(a.toString()), y = DatabaseMgr.connectDatasetGraph(b.toString());
        try {
            return Txn.calculateRead(x, () -> Txn.calculateRead(y, () -> IsoMatcher.isomorphic(x, y)));
        } finally {
            TDBInternal.expel(x);
            TDBInternal.expel(y);
        }
    }

    @Test
    void backupThenRestore() {
        Path store = sampleStore();
        Path file = dir.resolve("kg.nq.gz");
        CliRun b = CliRun.of("backup", "--store", store.toString(), "--output", file.toString());
        assertEquals(0, b.status(), b.err());
        assertTrue(b.out().startsWith("backup: 7 quads from " + store + " to " + file + " ("), b.out());
        CliRun r = CliRun.of("restore", "--input", file.toString(), "--store", dir.resolve("copy").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("restore: 7 quads from " + file + " into " + dir.resolve("copy")), r.out());
        assertTrue(isomorphic(store, dir.resolve("copy")));
    }

    @Test
    void restoreRefusesAStoreUnlessForced() {
        Path store = sampleStore();
        Path file = dir.resolve("kg.nq.gz");
        assertEquals(0, CliRun.of("backup", "--store", store.toString(), "-o", file.toString()).status());
        CliRun r = CliRun.of("restore", "-i", file.toString(), "--store", store.toString());
        assertEquals(1, r.status());
        assertEquals("error: " + store + ": not empty; restore into a new or empty folder, or use --force to replace "
                     + "the store in it\n", r.err());
        assertEquals(0, CliRun.of("restore", "-i", file.toString(), "--store", store.toString(), "--force").status());
    }

    @Test
    void errorsAreOneLine() {
        CliRun none = CliRun.of("backup", "--store", dir.resolve("nothing").toString(), "-o", dir.resolve("x.nq").toString());
        assertEquals(1, none.status());
        assertEquals("error: " + dir.resolve("nothing") + ": no store here\n", none.err());
        assertFalse(Files.exists(dir.resolve("nothing")), "a backup never creates a store");
        assertFalse(Files.exists(dir.resolve("x.nq")));
        CliRun missing = CliRun.of("restore", "-i", dir.resolve("missing.nq.gz").toString(), "--store", dir.resolve("s").toString());
        assertEquals(1, missing.status());
        assertEquals("error: " + dir.resolve("missing.nq.gz") + ": not a readable file\n", missing.err());
        assertEquals(2, CliRun.of("restore", "--store", dir.toString()).status());
        assertEquals(2, CliRun.of("backup").status());
        CliRun both = CliRun.of("backup", "--store", "s", "--endpoint", "http://127.0.0.1:1/kg", "-o", "x.nq");
        assertEquals(2, both.status());
        assertTrue(both.err().startsWith("give --store or --endpoint, not both"), both.err());
    }

    @Test
    void backupOfARunningServer() {
        Path store = sampleStore();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        IkgServer server = IkgServer.builder().dataset(dsg).port(0).build().start();
        try {
            Path file = dir.resolve("live.nq.gz");
            CliRun b = CliRun.of("backup", "--endpoint", server.datasetURL(), "-o", file.toString());
            assertEquals(0, b.status(), b.err());
            assertTrue(b.out().startsWith("backup: 7 quads from " + server.datasetURL() + " to " + file), b.out());
            // the served store cannot be opened by another process, but a backup through the server works
            CliRun r = CliRun.of("restore", "-i", file.toString(), "--store", dir.resolve("copy").toString());
            assertEquals(0, r.status(), r.err());
        } finally {
            server.stop();
            TDBInternal.expel(dsg);
        }
        assertTrue(isomorphic(store, dir.resolve("copy")));
    }

    @Test
    void backupOfAServerThatIsNotThere() {
        CliRun b = CliRun.of("backup", "--endpoint", "http://127.0.0.1:1/kg", "-o", dir.resolve("x.nq").toString());
        assertEquals(1, b.status());
        assertTrue(b.err().startsWith("error: "), b.err());
        assertEquals(1, b.err().lines().count());
        assertFalse(Files.exists(dir.resolve("x.nq")));
    }
}
