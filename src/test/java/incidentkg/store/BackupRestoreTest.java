package incidentkg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backup to N-Quads (gzip or not) and restore into a TDB2 folder, with blank nodes, literals and a default graph. */
class BackupRestoreTest {
    /** 10 quads: 1 in the default graph, 4 in the article graph, 5 in the ontology graph (a two-item list). */
    static final String TRIG = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX r:   <https://w3id.org/incidentkg/resource/>
            PREFIX inc: <https://w3id.org/incidentkg/resource/incident/>
            PREFIX art: <https://w3id.org/incidentkg/resource/article/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            r:x r:y "in the default graph" .
            GRAPH art:a {
                inc:i1 a ikg:Attack ; ikg:label "Attaque à l'hôtel \\"Radisson\\"\\n"@fr ;
                    ikg:count 170 ; ikg:score "2.50"^^xsd:decimal .
            }
            GRAPH <https://w3id.org/incidentkg/ontology> {
                ikg:Attack ikg:list ( ikg:a ikg:b ) .
            }
            """;

    @TempDir
    Path dir;

    private final List<DatasetGraph> opened = new ArrayList<>();

    @AfterEach
    void release() {
        opened.forEach(TDBInternal::expel);
    }

    private DatasetGraph store(String name) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve(name).toString());
        opened.add(dsg);
        return dsg;
    }

    private DatasetGraph sample() {
        DatasetGraph dsg = store("source");
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
        return dsg;
    }

    private static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return Txn.calculateRead(a, () -> Txn.calculateRead(b, () -> IsoMatcher.isomorphic(a, b)));
    }

    @Test
    void roundTripGzipGivesAnIsomorphicDataset() throws IOException {
        DatasetGraph source = sample();
        assertEquals(10, size(source));
        Path file = dir.resolve("kg.nq.gz");
        assertEquals(10, Backup.write(source, file));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String nq = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(10, nq.lines().count());
            assertTrue(nq.contains("<https://w3id.org/incidentkg/resource/x> <https://w3id.org/incidentkg/resource/y> \"in the default graph\" .\n"), nq);
        }
        assertFalse(Files.exists(dir.resolve("kg.nq.gz.part")));
        assertEquals(10, Restore.restore(file, dir.resolve("restored"), false));
        assertTrue(isomorphic(source, store("restored")));
    }

    @Test
    void roundTripPlain() throws IOException {
        DatasetGraph source = sample();
        Path file = dir.resolve("kg.nq");
        Backup.write(source, file);
        assertTrue(Files.readString(file).startsWith("<"), "plain text, not gzip");
        assertEquals(10, Restore.restore(file, dir.resolve("restored"), false));
        assertTrue(isomorphic(source, store("restored")));
    }

    @Test
    void refusesANonEmptyFolderUnlessForced() throws IOException {
        DatasetGraph source = sample();
        Path file = dir.resolve("kg.nq.gz");
        Backup.write(source, file);
        Path target = dir.resolve("target");
        DatasetGraph old = store("target");
        Txn.executeWrite(old, () -> RDFParser.fromString("<urn:a> <urn:b> <urn:c> .", Lang.NQUADS).parse(old));
        TDBInternal.expel(old);
        var e = assertThrows(Restore.RestoreException.class, () -> Restore.restore(file, target, false));
        assertEquals(target + ": not empty; restore into a new or empty folder, or use --force to replace the store in it",
                     e.getMessage());
        assertEquals(10, Restore.restore(file, target, true));
        DatasetGraph restored = store("target");
        assertTrue(isomorphic(source, restored), "the old quad is gone");
    }

    @Test
    void forceNeverReplacesAFolderThatIsNoStore() throws IOException {
        Path file = dir.resolve("kg.nq");
        Backup.write(sample(), file);
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("thesis.txt"), "precious");
        var e = assertThrows(Restore.RestoreException.class, () -> Restore.restore(file, folder, true));
        assertEquals(folder + ": not a TDB2 store; --force only replaces a store", e.getMessage());
        assertEquals(List.of(folder.resolve("thesis.txt")), Files.list(folder).toList());
    }

    @Test
    void aDamagedBackupLeavesTheStoreAsItWas() throws IOException {
        DatasetGraph source = sample();
        Path good = dir.resolve("good.nq");
        Backup.write(source, good);
        List<String> lines = new ArrayList<>(Files.readAllLines(good));
        lines.add(4, "<urn:a> <urn:b> .");
        Path bad = Files.write(dir.resolve("bad.nq"), lines);
        Restore.restore(good, dir.resolve("target"), false);
        var e = assertThrows(Restore.RestoreException.class, () -> Restore.restore(bad, dir.resolve("target"), true));
        assertTrue(e.getMessage().startsWith(bad + ":5: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(isomorphic(source, store("target")), "still the good restore");
        // into a new folder, a failed restore leaves no folder behind
        assertThrows(Restore.RestoreException.class, () -> Restore.restore(bad, dir.resolve("new"), false));
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void aTruncatedGzipIsAnError() throws IOException {
        Path file = dir.resolve("kg.nq.gz");
        Backup.write(sample(), file);
        byte[] all = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.nq.gz"), java.util.Arrays.copyOf(all, all.length / 2));
        var e = assertThrows(Restore.RestoreException.class, () -> Restore.restore(cut, dir.resolve("new"), false));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("new")));
    }
}
