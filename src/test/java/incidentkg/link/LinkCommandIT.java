package incidentkg.link;

import incidentkg.cli.Main;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code link} on the command line, over a TDB2 store folder, against a real Fuseki with Wikidata-shaped data. */
class LinkCommandIT {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path newStore(String name) {
        Path p = dir.resolve(name);
        try (Store s = Store.open(p, KnowledgeBase.bundled())) {
            LinkFixtures.loadArticle(s);
        }
        return p;
    }

    static long cachedAnswers(Path cache) throws Exception {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.toString().endsWith(".srj")).count();
        }
    }

    @Test
    void linksWritesTheLinkSetAndCachesUnderTheStore() throws Exception {
        Path store = newStore("store");
        try (WikidataFixture wikidata = WikidataFixture.start(LinkFixtures.WIKIDATA)) {
            Run r = run("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(), "--delay", "0");
            assertEquals(0, r.exit(), r.err());
            assertEquals("3 entities asked about: 1 linked, 1 ambiguous, 1 unmatched; 3 requests, 0 answers from the cache\n",
                         r.out());
            assertEquals(3, r.err().lines().filter(l -> l.startsWith("[")).count(), r.err());
        }
        assertEquals(3, cachedAnswers(store.resolve("link-cache")));
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            String ask = """
                ASK { GRAPH <https://w3id.org/incidentkg/graph/links/wikidata> {
                  <https://w3id.org/incidentkg/resource/place/timbuktu> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q900001> .
                  ?link <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/incidentkg/resource/place/timbuktu> ;
                        <https://w3id.org/sssom/confidence> 1.0 ;
                        <http://purl.org/dc/terms/created> ?date .
                  FILTER(datatype(?date) = <http://www.w3.org/2001/XMLSchema#date>) } }""";
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(ask).dataset(s.dataset()).build()) {
                    assertTrue(qe.execAsk());
                }
            });
        }
    }

    @Test
    void offlineItFailsInOneLineAndLeavesTheStoreAsItWas() throws Exception {
        Path store = newStore("store");
        String url;
        try (WikidataFixture wikidata = WikidataFixture.start(LinkFixtures.WIKIDATA)) {
            url = wikidata.endpoint();
        }
        Run r = run("link", "--store", store.toString(), "--endpoint", url, "--delay", "0");
        assertEquals(1, r.exit());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("error: " + url + ": unreachable"), errors.get(0));
        assertEquals("0 entities asked about: 0 linked, 0 ambiguous, 0 unmatched; 1 requests, 0 answers from the cache\n", r.out());
        try (Store s = Store.open(store, KnowledgeBase.bundled())) {
            assertFalse(Txn.calculateRead(s.dataset(), () -> s.dataset().containsNamedModel(LinkVocab.GRAPH_WIKIDATA)));
        }
    }

    @Test
    void cachedAnswersLinkWithoutTheEndpoint() throws Exception {
        Path cache = dir.resolve("cache");
        String url;
        try (WikidataFixture wikidata = WikidataFixture.start(LinkFixtures.WIKIDATA)) {
            url = wikidata.endpoint();
            assertEquals(0, run("link", "--store", newStore("first").toString(), "--endpoint", url, "--delay", "0",
                                "--cache", cache.toString()).exit());
        }
        Run r = run("link", "--store", newStore("second").toString(), "--endpoint", url, "--cache", cache.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("3 entities asked about: 1 linked, 1 ambiguous, 1 unmatched; 0 requests, 3 answers from the cache\n",
                     r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("link", "--store", dir.resolve("s").toString(), "--min-score", "1.5").exit());
        assertEquals(2, run("link", "--store", dir.resolve("s").toString(), "--endpoint", "ftp://example.org/sparql").exit());
    }
}
