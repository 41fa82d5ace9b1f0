package incidentkg.it;

import incidentkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Set;

/**
 * Tests over hand-written articles: the articles of a folder are loaded once, through the real loader, into an
 * in-memory store that every test of the class reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoadedArticles {
    private final Path dir;
    private final String[] names;
    protected Store store;

    /** The articles {@code names} ({@code NAME.txt}) of the folder {@code dir}. */
    protected LoadedArticles(String dir, String... names) {
        this.dir = Path.of(dir);
        this.names = names.clone();
    }

    @BeforeAll
    void load() throws Exception {
        store = Seed.inMemory(dir, names);
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** The labels of what the incidents supported by {@code article} have in {@code property}. */
    protected Set<String> labels(String article, String property) {
        return IncidentFacts.labels(store, article, property);
    }

    /** The labels of {@code ?x} where {@code pattern} holds of an incident {@code ?i} of {@code article}. */
    protected Set<String> labelsWhere(String article, String pattern) {
        return IncidentFacts.labelsWhere(store, article, pattern);
    }
}
