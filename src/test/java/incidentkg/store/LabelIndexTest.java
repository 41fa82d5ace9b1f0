package incidentkg.store;

import incidentkg.rules.KnowledgeBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text index over names on a small hand-made dataset in a TDB2 store: labels, aliases and titles in any
 * named graph, prefixes, case and accents; a deleted name leaves the index when its transaction commits, an
 * aborted write leaves no trace; Lucene commits to disk after the store, with the marker up until it has; a store without its index, or with the pending marker of an interrupted
 * write, or replaced by a restore, gets it rebuilt on opening with the same hits.
 */
class LabelIndexTest {
    static final String R = "https://w3id.org/incidentkg/resource/";
    static final String DATA = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX r: <https://w3id.org/incidentkg/resource/>
            GRAPH <https://w3id.org/incidentkg/test/a> {
              r:place\\/test-city rdfs:label "Testville"@en ; skos:altLabel "Tëstvïlle-sur-Mer"@en .
              r:organization\\/test-front rdfs:label "Front for Testing"@en ; skos:altLabel "FfT"@en .
            }
            GRAPH <https://w3id.org/incidentkg/test/b> {
              r:article\\/test dcterms:title "Siege in Testville"@en .
              r:place\\/test-city rdfs:comment "not a name: Zanzibar"@en .
            }
            """;
    static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s WHERE { (?s ?score) text:query (?q 20) } ORDER BY ?s
            """;

    /** The subjects of text:query hits, sorted, through a SPARQL query on the store's dataset. */
    static List<String> hits(Store store, String words) {
        Dataset ds = store.dataset();
        String lucene = LabelIndex.query(words);
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            String q = QUERY.replace("?q", "\"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String s = row.getResource("s").getURI();
                    if (!out.contains(s))
                        out.add(s);
                });
            }
            return out;
        });
    }

    static void load(Store store) {
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(DATA, Lang.TRIG).parse(store.dataset()));
    }

    @Test
    void queryTextBecomesRequiredWordsOrPrefixes() {
        assertEquals("+(bam bam*)", LabelIndex.query("Bam"));
        assertEquals("+(al al*) +(qaida qaida*)", LabelIndex.query("al-Qaida"));
        assertEquals("+(tes tes*)", LabelIndex.query("  TÉS "));
        assertEquals("+(hotel hotel*)", LabelIndex.query("the hotel"), "an English stop word is left out");
        assertEquals("+(siege siege*) +(e e*) +(b b*)", LabelIndex.query("siege \\E.*( <b>"), "no operator gets through");
        assertEquals("+(x x*) +(y y*)", LabelIndex.query("x AND y OR NOT"));
        assertNull(LabelIndex.query("*?\" ()"));
        assertEquals(List.of("testville", "sur", "mer"), LabelIndex.words("Tëstvïlle-sur-Mer"));
    }

    @Test
    void findsLabelsAliasesAndTitlesByPrefixCaseAndAccentFolded() {
        try (Store store = Store.inMemory(KnowledgeBase.bundled())) {
            load(store);
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(store, "testv"));
            assertEquals(List.of(R + "place/test-city"), hits(store, "testville sur"), "the alias, accents folded");
            assertEquals(List.of(R + "place/test-city"), hits(store, "TËSTVÏLLE-SUR-MER"));
            assertEquals(List.of(R + "organization/test-front"), hits(store, "fft"));
            assertEquals(List.of(R + "organization/test-front"), hits(store, "front test"), "every word, any order");
            assertEquals(List.of(), hits(store, "zanzibar"), "rdfs:comment is not a name");
            assertEquals(List.of(), hits(store, "front zanzibar"));
        }
    }

    @Test
    void searchesGoThroughOneReaderRefreshedOnCommit() {
        // jena-text's search over a given reader is private: if a new jena-text renames it, every search would
        // open its own reader again (correct but 10-20 ms slower on a large store); the test below then checks
        // that the shared reader sees each commit
        assertTrue(BufferedTextIndex.cachesReaders());
        try (Store store = Store.inMemory(KnowledgeBase.bundled())) {
            assertEquals(List.of(), hits(store, "testville"));
            load(store);
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(store, "testville"));
        }
    }

    @Test
    void aDeletedNameLeavesTheIndexWhenItsTransactionCommitsAndAnAbortedOneStays() {
        try (Store store = Store.inMemory(KnowledgeBase.bundled())) {
            load(store);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Quad alias = SSE.parseQuad("(<https://w3id.org/incidentkg/test/a> <" + R + "organization/test-front> "
                    + "<http://www.w3.org/2004/02/skos/core#altLabel> \"FfT\"@en)");
            dsg.begin(org.apache.jena.query.ReadWrite.WRITE);
            dsg.delete(alias);
            assertEquals(List.of(R + "organization/test-front"), hits(store, "fft"), "not committed yet");
            dsg.abort();
            dsg.end();
            assertEquals(List.of(R + "organization/test-front"), hits(store, "fft"), "aborted");
            Txn.executeWrite(dsg, () -> dsg.delete(alias));
            assertEquals(List.of(), hits(store, "fft"));
            assertEquals(List.of(R + "organization/test-front"), hits(store, "front testing"), "its label stays");
            // removing a whole graph removes its names; the same name in another graph stays
            Txn.executeWrite(dsg, () -> dsg.removeGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/incidentkg/test/a")));
            assertEquals(List.of(R + "article/test"), hits(store, "testville"));
        }
    }

    @Test
    void aStoreWithoutItsIndexOrWithAnInterruptedWriteGetsItRebuiltWithTheSameHits(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        List<String> before;
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            load(store);
            before = hits(store, "testville");
            assertEquals(List.of(R + "article/test", R + "place/test-city"), before);
            assertTrue(hits(store, "bamako").contains(R + "place/bamako"), "the gazetteer graph is indexed");
            store.expel();
        }
        assertTrue(Files.isDirectory(storeDir.resolve(LabelIndex.FOLDER)));
        assertFalse(Files.exists(storeDir.resolve(LabelIndex.PENDING)), "no write is pending after a clean close");

        deleteTree(storeDir.resolve(LabelIndex.FOLDER));
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(before, hits(store, "testville"));
            assertEquals(List.of(R + "place/test-city"), hits(store, "sur mer"));
            assertTrue(hits(store, "bamako").contains(R + "place/bamako"));
            store.expel();
        }

        // another tool changes the store behind the index's back, as a crash between the two commits would
        DatasetGraph raw = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        Txn.executeWrite(raw, () -> raw.add(SSE.parseQuad("(<https://w3id.org/incidentkg/test/c> <" + R
                + "place/elsewhere> <http://www.w3.org/2000/01/rdf-schema#label> \"Testville Junction\"@en)")));
        TDBInternal.expel(raw);
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(before, hits(store, "testville"), "no marker: the index is trusted");
            store.expel();
        }
        LabelIndex.invalidate(storeDir);
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(List.of(R + "article/test", R + "place/elsewhere", R + "place/test-city"), hits(store, "testville"));
            store.expel();
        }
        assertFalse(Files.exists(storeDir.resolve(LabelIndex.PENDING)));
    }

    /** Names in Lucene's last commit on disk, read past the store (as the next process would find them). */
    static long namesOnDisk(Path storeDir) throws Exception {
        try (Directory d = FSDirectory.open(storeDir.resolve(LabelIndex.FOLDER)); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    @Test
    void luceneCommitsLaterThanTheStoreWhileTheMarkerStaysAndAnAbortKeepsEarlierCommits(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        Path marker = storeDir.resolve(LabelIndex.PENDING);
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            long reference = namesOnDisk(storeDir);
            assertFalse(Files.exists(marker), "opened and current");
            load(store); // 5 names: 2 labels, 2 aliases and a title
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(store, "testville"), "searches see the commit at once");
            assertEquals(reference, namesOnDisk(storeDir), "Lucene has not committed them to disk yet");
            assertTrue(Files.exists(marker), "so a crash now has the index rebuilt");

            // an aborted write drops its own change and nothing committed before it
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.begin(org.apache.jena.query.ReadWrite.WRITE);
            dsg.add(SSE.parseQuad("(<https://w3id.org/incidentkg/test/c> <" + R + "place/aborted> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> \"Testville Abandoned\"@en)"));
            dsg.abort();
            dsg.end();
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(store, "testville"));
            assertEquals(List.of(), hits(store, "abandoned"));

            store.sync();
            assertEquals(reference + 5, namesOnDisk(storeDir));
            assertFalse(Files.exists(marker), "the index on disk agrees with the store again");
            store.expel();
        }
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(store, "testville"), "nothing rebuilt, nothing lost");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().delete(SSE.parseQuad(
                    "(<https://w3id.org/incidentkg/test/a> <" + R + "organization/test-front> "
                    + "<http://www.w3.org/2004/02/skos/core#altLabel> \"FfT\"@en)")));
            assertEquals(List.of(), hits(store, "fft"));
            store.expel();
        }
        assertFalse(Files.exists(marker), "closing commits the index");
        try (Store store = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(List.of(), hits(store, "fft"), "the deletion reached the disk on closing");
            store.expel();
        }
    }

    @Test
    void aStoreReplacedByARestoreGetsItsIndexRebuilt(@TempDir Path dir) {
        Path storeDir = dir.resolve("store"), other = dir.resolve("other"), backup = dir.resolve("backup.nq");
        try (Store s = Store.open(other, KnowledgeBase.bundled())) {
            load(s);
            Backup.write(s.dataset().asDatasetGraph(), backup);
            s.expel();
        }
        try (Store s = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(List.of(), hits(s, "testville"));
            s.expel();
        }
        Restore.restore(backup, storeDir, true);
        assertTrue(Files.exists(storeDir.resolve(LabelIndex.PENDING)), "the old index is marked stale");
        try (Store s = Store.open(storeDir, KnowledgeBase.bundled())) {
            assertEquals(List.of(R + "article/test", R + "place/test-city"), hits(s, "testville"));
            s.expel();
        }
        assertFalse(Files.exists(storeDir.resolve(LabelIndex.PENDING)));
    }

    @Test
    void anIndexSharedByTwoOpeningsOfOneFolderStaysOpenUntilTheLast(@TempDir Path dir) {
        Path storeDir = dir.resolve("store");
        Store a = Store.open(storeDir, KnowledgeBase.bundled());
        Store b = Store.open(storeDir, KnowledgeBase.bundled());
        load(a);
        a.close();
        assertEquals(List.of(R + "organization/test-front"), hits(b, "fft"));
        b.expel();
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList())
                Files.delete(f);
        }
    }
}
