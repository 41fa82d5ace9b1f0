package incidentkg.link;

import incidentkg.nlp.NlpPipeline;
import incidentkg.pipeline.Extractor;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.ArticleLoader;
import incidentkg.store.Store;
import incidentkg.text.ArticleReader;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article through the real loader into a TDB2 store: in the union graph, its places, groups and
 * organizations carry the right links (hand-written below, each checked as the gazetteer's README says) and
 * no entity of the seed graph carries any other link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedLinksIT {
    static final String RES = "https://w3id.org/incidentkg/resource/";
    static final String WD = "http://www.wikidata.org/entity/", GN = "https://sws.geonames.org/", DBR = "http://dbpedia.org/resource/";

    /**
     * Every owl:sameAs of every entity of the seed graph. An entity not listed here must have none.
     * NBC News has no Wikidata link: no source at hand confirmed its Q-ID, and the gazetteer leaves out what it
     * cannot confirm.
     */
    static final Map<String, Set<String>> LINKS = Map.ofEntries(
            entry("place/bamako", Set.of(WD + "Q3703", GN + "2460596/", DBR + "Bamako")),
            entry("place/mali", Set.of(WD + "Q912", GN + "2453866/", DBR + "Mali")),
            entry("place/paris", Set.of(WD + "Q90", GN + "2988507/", DBR + "Paris")),
            entry("place/france", Set.of(WD + "Q142", GN + "3017382/", DBR + "France")),
            entry("place/ankara", Set.of(WD + "Q3640", GN + "323786/", DBR + "Ankara")),
            entry("place/turkey", Set.of(WD + "Q43", GN + "298795/", DBR + "Turkey")),
            entry("place/china", Set.of(WD + "Q148", GN + "1814991/", DBR + "China")),
            entry("place/united-states", Set.of(WD + "Q30", GN + "6252001/", DBR + "United_States")),
            entry("organization/al-qaeda", Set.of(WD + "Q34490", DBR + "Al-Qaeda")),
            entry("organization/islamic-state", Set.of(WD + "Q2429253")),
            entry("organization/turkish-airlines", Set.of(WD + "Q4548", DBR + "Turkish_Airlines")),
            entry("organization/reuters", Set.of(WD + "Q130879", DBR + "Reuters")),
            entry("organization/associated-press", Set.of(WD + "Q40469", DBR + "Associated_Press")),
            entry("organization/nbc-news", Set.of(DBR + "NBC_News")),
            entry("organization/us-department-of-defense", Set.of(WD + "Q11209", DBR + "United_States_Department_of_Defense")),
            entry("organization/radisson-blu", Set.of(WD + "Q7281341")),
            entry("organization/radisson-hotels", Set.of(WD + "Q1751979")));

    /** Coordinates (lat, long) of the seed's cities and countries, as the gazetteer gives them. */
    static final Map<String, List<String>> COORDINATES = Map.of(
            "place/bamako", List.of("12.65", "-8"),
            "place/paris", List.of("48.85341", "2.3488"),
            "place/ankara", List.of("39.91987", "32.85427"),
            "place/mali", List.of("17", "-4"),
            "place/france", List.of("46", "2"),
            "place/turkey", List.of("39", "35"),
            "place/china", List.of("35", "105"),
            "place/united-states", List.of("38", "-97"));

    Store store;

    @BeforeAll
    void load(@TempDir Path dir) throws Exception {
        store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        new ArticleLoader(store, new ArticleReader(), new Extractor(KnowledgeBase.bundled(), NlpPipeline.shared()))
                .load(Path.of("data/articles/bamako-2015.txt"));
    }

    @AfterAll
    void close() {
        store.close();
    }

    void select(String query, Consumer<QuerySolution> row) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** The entities of the seed article's graph (persons, groups, organizations, places) and their links in the union. */
    Map<String, Set<String>> seedEntityLinks() {
        Map<String, Set<String>> links = new TreeMap<>();
        select("""
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?e ?same WHERE {
              GRAPH <%s> { ?e a ?t }
              VALUES ?top { ikg:Person ikg:PersonGroup ikg:Organization ikg:Place }
              GRAPH <urn:x-arq:UnionGraph> { ?t rdfs:subClassOf* ?top }
              OPTIONAL { GRAPH <urn:x-arq:UnionGraph> { ?e owl:sameAs ?same } }
            }""".formatted(GraphBuilder.articleIri("bamako-2015")), s -> {
            Set<String> set = links.computeIfAbsent(s.getResource("e").getURI().substring(RES.length()), k -> new TreeSet<>());
            if (s.contains("same"))
                set.add(s.getResource("same").getURI());
        });
        return links;
    }

    @Test
    void theSeedsEntitiesCarryExactlyTheLinksWrittenHere() {
        Map<String, Set<String>> got = seedEntityLinks();
        assertTrue(got.keySet().containsAll(LINKS.keySet()), "entities missing from the seed graph: "
                + new TreeSet<>(LINKS.keySet()).stream().filter(k -> !got.containsKey(k)).toList());
        List<String> wrong = new ArrayList<>();
        got.forEach((e, same) -> {
            Set<String> want = LINKS.getOrDefault(e, Set.of());
            if (!same.equals(want))
                wrong.add(e + ": " + same + " instead of " + new TreeSet<>(want));
        });
        assertEquals(List.of(), wrong);
        assertTrue(got.size() > LINKS.size(), "the seed graph also has unlinked entities");
    }

    @Test
    void theSeedsPlacesCarryCoordinatesAndAGeometry() {
        Map<String, List<String>> got = new TreeMap<>();
        select("""
            PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            PREFIX geosparql: <http://www.opengis.net/ont/geosparql#>
            SELECT ?p ?lat ?long ?wkt WHERE { GRAPH <urn:x-arq:UnionGraph> {
              ?p geo:lat ?lat ; geo:long ?long ; geosparql:hasGeometry/geosparql:asWKT ?wkt } }""", s -> {
            String p = s.getResource("p").getURI().substring(RES.length());
            if (!COORDINATES.containsKey(p))
                return;
            BigDecimal lat = new BigDecimal(s.getLiteral("lat").getLexicalForm()), lon = new BigDecimal(s.getLiteral("long").getLexicalForm());
            got.put(p, List.of(lat.stripTrailingZeros().toPlainString(), lon.stripTrailingZeros().toPlainString()));
            String wkt = s.getLiteral("wkt").getLexicalForm();
            assertTrue(wkt.startsWith("POINT(") && wkt.contains(" "), p + " " + wkt);
        });
        assertEquals(new TreeMap<>(COORDINATES), got);
    }
}
