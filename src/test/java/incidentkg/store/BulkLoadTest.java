package incidentkg.store;

import incidentkg.rdf.IKG;
import incidentkg.rules.KnowledgeBase;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk path without the language models: which stores count as empty, N-Quads out, Jena's loader in. */
class BulkLoadTest {
    private static final String A = IKG.RESOURCE_NS + "article/a";
    private static final String QUADS = """
            <urn:x> <urn:p> "1" <%s> .
            <urn:x> <urn:q> <urn:y> <%s> .
            <urn:i> <%srelatedTo> <urn:j> <%s> .
            """.formatted(A, A, IKG.NS, IKG.GRAPH_RELATED);

    @Test
    void aNewStoreHoldsOnlyTheOntologyAndGazetteer() {
        try (Store s = Store.inMemory(KnowledgeBase.bundled())) {
            assertEquals(Set.of(), BulkLoad.contentGraphs(s.dataset()));
            Txn.executeWrite(s.dataset(), () -> RDFParser.fromString(QUADS, Lang.NQUADS).parse(s.dataset().asDatasetGraph()));
            assertEquals(Set.of(A, IKG.GRAPH_RELATED), BulkLoad.contentGraphs(s.dataset()));
            Txn.executeWrite(s.dataset(), () -> RDFParser.fromString("<urn:d> <urn:p> <urn:o> .", Lang.NQUADS)
                    .parse(s.dataset().asDatasetGraph()));
            assertTrue(BulkLoad.contentGraphs(s.dataset()).contains(""));
        }
    }

    @Test
    void writesArticleAndRelatedGraphsOnlyUnlessAskedForTheReference() {
        try (Store s = Store.inMemory(KnowledgeBase.bundled())) {
            Txn.executeWrite(s.dataset(), () -> RDFParser.fromString(QUADS, Lang.NQUADS).parse(s.dataset().asDatasetGraph()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(3, ArticleQuads.write(s.dataset().asDatasetGraph(), out, false));
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
            assertEquals(QUADS.lines().sorted().toList(), lines);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            long n = ArticleQuads.write(s.dataset().asDatasetGraph(), all, true);
            assertTrue(n > 3, "with the ontology and gazetteer: " + n);
            assertTrue(all.toString(StandardCharsets.UTF_8).contains("<" + IKG.GRAPH_GAZETTEER + "> ."));
        }
    }

    @Test
    void jenasParallelLoaderFillsANewStore(@TempDir Path dir) throws Exception {
        Path nq = Files.writeString(dir.resolve("a.nq"), QUADS);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("db").toString());
        try {
            assertEquals(3, BulkLoad.load(dsg, nq));
            DatasetGraph expected = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(QUADS, Lang.NQUADS).parse(expected);
            assertEquals(3L, (long) Txn.calculateRead(dsg, () -> (long) org.apache.jena.atlas.iterator.Iter.count(dsg.find())));
            assertTrue(Txn.calculateRead(dsg, () -> org.apache.jena.sparql.util.IsoMatcher.isomorphic(expected, dsg)));
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
