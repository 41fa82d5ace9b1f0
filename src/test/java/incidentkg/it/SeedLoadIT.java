package incidentkg.it;

import incidentkg.model.ArticleException;
import incidentkg.rdf.ArticleValidator;
import incidentkg.rdf.GraphBuilder;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.rules.KnowledgeBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article through the real loader into a real TDB2 store on disk. */
class SeedLoadIT {
    @TempDir
    Path dir;

    private static long quads(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            var it = ds.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Test
    void seedLoadsValidatesAndReloadsToTheSameStore() throws Exception {
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            ArticleLoader loader = Seed.loader(store);
            assertEquals(ArticleLoader.Outcome.LOADED, loader.load(Seed.ARTICLE));
            String graph = GraphBuilder.articleIri("bamako-2015");
            Model m = Txn.calculateRead(store.dataset(), () ->
                    store.dataset().getNamedModel(graph).difference(org.apache.jena.rdf.model.ModelFactory.createDefaultModel()));
            assertTrue(m.size() > 500, "the seed graph has " + m.size() + " triples");
            assertEquals(0, new ArticleValidator().violations(m).size(), new ArticleValidator().violations(m).toString());
            // a counted group is also described without its count
            org.apache.jena.rdf.model.Resource staff = m.createResource(
                    "https://w3id.org/incidentkg/resource/group/bamako-2015-seven-turkish-airlines-staff-members");
            assertTrue(m.contains(staff, org.apache.jena.vocabulary.SKOS.altLabel, m.createLiteral("Turkish Airlines staff members", "en")),
                    m.listObjectsOfProperty(staff, org.apache.jena.vocabulary.SKOS.altLabel).toList().toString());
            long before = quads(store.dataset());
            assertEquals(ArticleLoader.Outcome.UNCHANGED, loader.load(Seed.ARTICLE));
            assertEquals(before, quads(store.dataset()));
        }
        // reopening the store writes nothing and finds the same quads
        long again;
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            again = quads(store.dataset());
            Seed.loader(store).load(Seed.ARTICLE);
            assertEquals(again, quads(store.dataset()));
        }
    }

    @Test
    void malformedInputFailsAndLeavesTheStoreUnchanged() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 bombing".getBytes("ISO-8859-1"));
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            ArticleLoader loader = Seed.loader(store);
            loader.load(Seed.ARTICLE);
            long before = quads(store.dataset());
            assertEquals(empty + ": empty article",
                         assertThrows(ArticleException.class, () -> loader.load(empty)).getMessage());
            assertTrue(assertThrows(ArticleException.class, () -> loader.load(binary)).getMessage()
                               .startsWith(binary + ": "));
            assertEquals(latin1 + ": not valid UTF-8 (at byte 3)",
                         assertThrows(ArticleException.class, () -> loader.load(latin1)).getMessage());
            assertEquals(before, quads(store.dataset()));
        }
    }
}
