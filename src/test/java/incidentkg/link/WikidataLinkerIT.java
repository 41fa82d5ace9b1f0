package incidentkg.link;

import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static incidentkg.link.LinkFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linker against a real Fuseki holding Wikidata-shaped data, writing into a real TDB2 store. */
class WikidataLinkerIT {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    WikidataFixture wikidata;
    Store store;

    @BeforeEach
    void start() {
        wikidata = WikidataFixture.start(LinkFixtures.WIKIDATA);
        store = Store.open(dir.resolve("store"), KnowledgeBase.bundled());
        LinkFixtures.loadArticle(store);
    }

    @AfterEach
    void stop() {
        store.close();
        wikidata.close();
    }

    WikidataLinker linker() {
        return new WikidataLinker(WikidataClasses.bundled(), new PoliteEndpoint(wikidata.endpoint(), dir.resolve("cache"), 0, false),
                                  new LinkScorer(LinkScorer.DEFAULT_THRESHOLD), CLOCK);
    }

    static Map<String, LinkDecision> byEntity(WikidataLinker.Report r) {
        Map<String, LinkDecision> m = new TreeMap<>();
        r.decisions().forEach(d -> m.put(d.entity().iri(), d));
        return m;
    }

    @Test
    void linksTheNewCityAndLeavesTheAmbiguousOneUnlinked() {
        List<String> progress = new ArrayList<>();
        WikidataLinker.Report r = linker().link(store.dataset(), progress::add);
        assertNull(r.error());
        Map<String, LinkDecision> d = byEntity(r);
        // the gazetteer-linked Bamako and the article-scoped "local police" are never asked about
        assertEquals(List.of(JANE_ROE, SPRINGFIELD, TIMBUKTU), new ArrayList<>(d.keySet()));
        LinkDecision.Linked timbuktu = assertInstanceOf(LinkDecision.Linked.class, d.get(TIMBUKTU));
        assertEquals(LinkVocab.wd("Q900001"), timbuktu.item());
        assertEquals(1.0, timbuktu.score());
        LinkDecision.Ambiguous springfield = assertInstanceOf(LinkDecision.Ambiguous.class, d.get(SPRINGFIELD));
        assertEquals(List.of(LinkVocab.wd("Q900003"), LinkVocab.wd("Q900004")), springfield.items());
        LinkDecision.Unmatched jane = assertInstanceOf(LinkDecision.Unmatched.class, d.get(JANE_ROE));
        assertEquals(LinkVocab.wd("Q900005"), jane.best());
        assertEquals(0.5, jane.score());
        assertEquals(3, r.requests());
        assertEquals(3, wikidata.requests());
        assertEquals(3, progress.size());

        Model expected = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX sssom: <https://w3id.org/sssom/>
            PREFIX semapv: <https://w3id.org/semapv/vocab/>
            PREFIX res: <https://w3id.org/incidentkg/resource/>
            res:place\\/timbuktu owl:sameAs <http://www.wikidata.org/entity/Q900001> .
            res:link\\/wikidata\\/place\\/timbuktu a rdf:Statement ;
                rdf:subject res:place\\/timbuktu ; rdf:predicate owl:sameAs ; rdf:object <http://www.wikidata.org/entity/Q900001> ;
                sssom:mapping_justification semapv:LexicalMatching ; sssom:confidence "1.0"^^xsd:decimal ;
                rdfs:comment "label match, type, country agrees, unique"@en ;
                dcterms:created "2026-11-25"^^xsd:date ;
                prov:wasGeneratedBy res:activity\\/link-wikidata-20261125T100000Z .
            res:activity\\/link-wikidata-20261125T100000Z a prov:Activity ;
                rdfs:label "Reconciliation of entities against %s"@en ;
                prov:used <%s> ;
                prov:startedAtTime "2026-11-25T10:00:00Z"^^xsd:dateTime ; prov:endedAtTime "2026-11-25T10:00:00Z"^^xsd:dateTime ;
                sssom:mapping_tool "IncidentKG link, accepting scores of at least 0.7" .
            """.formatted(wikidata.endpoint(), wikidata.endpoint()), Lang.TURTLE).parse(expected);
        Model got = Txn.calculateRead(store.dataset(), () ->
                ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(LinkVocab.GRAPH_WIKIDATA)));
        assertTrue(expected.isIsomorphicWith(got), () -> "link-set graph:\n" + got);

        // in the union, Springfield and Jane Roe stay without any owl:sameAs
        String ask = "ASK { <%s> <http://www.w3.org/2002/07/owl#sameAs> ?x }";
        Txn.executeRead(store.dataset(), () -> {
            for (String e : List.of(SPRINGFIELD, JANE_ROE))
                try (var qe = org.apache.jena.query.QueryExecution.create().query(ask.formatted(e)).dataset(store.dataset()).build()) {
                    assertFalse(qe.execAsk(), e);
                }
        });
    }

    @Test
    void everyRequestNamesTheProjectInItsUserAgent() {
        linker().link(store.dataset(), s -> {});
        assertEquals(3, wikidata.userAgents.size());
        for (String ua : wikidata.userAgents) {
            assertEquals(PoliteEndpoint.USER_AGENT, ua);
            assertTrue(ua.startsWith("IncidentKG/") && ua.contains("https://w3id.org/incidentkg"), ua);
        }
    }

    @Test
    void aSecondRunAsksOnlyAboutWhatIsStillUnlinkedAndFromTheCache() {
        linker().link(store.dataset(), s -> {});
        WikidataLinker.Report again = linker().link(store.dataset(), s -> {});
        assertEquals(List.of(JANE_ROE, SPRINGFIELD), new ArrayList<>(byEntity(again).keySet()));
        assertEquals(0, again.requests());
        assertEquals(2, again.cacheHits());
        assertEquals(3, wikidata.requests());
    }

    @Test
    void anUnreachableEndpointStopsTheRunAndWritesNothing() {
        String url = wikidata.endpoint();
        wikidata.close();
        WikidataLinker.Report r = new WikidataLinker(WikidataClasses.bundled(), new PoliteEndpoint(url, null, 0, false),
                new LinkScorer(0.7), CLOCK).link(store.dataset(), s -> {});
        assertTrue(r.error().startsWith(url + ": unreachable"), r.error());
        assertEquals(0, r.decisions().size());
        assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(LinkVocab.GRAPH_WIKIDATA)));
    }
}
