package incidentkg.it;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.synth.ArticleFactory;
import incidentkg.synth.CorpusGenerator;
import incidentkg.synth.SynthTemplates;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handful of generated articles through the real loader: every one loads, and for most the loader finds an
 * incident in the city and country the generator recorded in truth.jsonl, and the group it named.
 */
class SynthCorpusIT {
    private static final int N = 8;

    @Test
    void generatedArticlesLoadAndMostGiveTheirIncident(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(new ArticleFactory(KnowledgeBase.bundled(), SynthTemplates.bundled(), 11), "synth")
                .write(corpus, N, n -> {});
        List<String> misses = new ArrayList<>();
        int place = 0, group = 0, groups = 0;
        try (Store store = Store.open(dir.resolve("store"), KnowledgeBase.bundled())) {
            ArticleLoader loader = Seed.loader(store);
            for (String line : Files.readAllLines(corpus.resolve(CorpusGenerator.TRUTH))) {
                JsonObject t = JsonParser.parseString(line).getAsJsonObject();
                loader.load(corpus.resolve(t.get("file").getAsString())); // throws if it does not load
                String article = "https://w3id.org/incidentkg/resource/article/" + t.get("id").getAsString();
                String res = "https://w3id.org/incidentkg/resource/";
                String ask = "PREFIX ikg: <https://w3id.org/incidentkg/ontology#>\nASK { GRAPH <" + article + "> { "
                        + "?i ikg:city <" + res + "place/" + t.get("city").getAsString() + "> ; "
                        + "ikg:country <" + res + "place/" + t.get("country").getAsString() + "> } }";
                if (ask(store, ask))
                    place++;
                else
                    misses.add(t.get("id").getAsString() + " place");
                if (!t.get("groupRole").getAsString().equals("none")) {
                    groups++;
                    String g = "PREFIX ikg: <https://w3id.org/incidentkg/ontology#>\nASK { GRAPH <" + article + "> { "
                            + "?i ikg:perpetrator|ikg:claimedBy <" + res + "organization/" + t.get("group").getAsString()
                            + "> } }";
                    if (ask(store, g))
                        group++;
                    else
                        misses.add(t.get("id").getAsString() + " group");
                }
            }
        }
        assertTrue(place >= N * 3 / 4, place + " of " + N + " places found; misses: " + misses);
        assertTrue(group >= groups / 2, group + " of " + groups + " groups found; misses: " + misses);
    }

    private static boolean ask(Store store, String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(q, store.dataset())) {
                return qe.execAsk();
            }
        });
    }
}
