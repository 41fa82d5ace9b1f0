package incidentkg.web;

import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages' SPARQL panels and their rendering on a hand-made article graph ({@code sample.trig}) in an
 * in-memory TDB2 store with the ontology and gazetteer, without the language models.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    static final String R = "https://w3id.org/incidentkg/resource/";
    static final String SIEGE = R + "incident/2020-05-02-siege";

    private Store store;
    private Kg kg;

    @BeforeAll
    void load() throws Exception {
        store = Store.inMemory(KnowledgeBase.bundled());
        try (InputStream in = PagesTest.class.getResourceAsStream("/incidentkg/web/sample.trig")) {
            Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), in, Lang.TRIG));
        }
        kg = new Kg(store.dataset().asDatasetGraph());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, "no " + from + " in\n" + s);
        return s.substring(i + from.length(), s.indexOf(to, i + from.length()));
    }

    @Test
    void incidentPage() {
        String html = new IncidentPage(kg, SIEGE).render();
        assertTrue(html.contains("<h1>Siege at the Example hotel (2020-05-02)</h1>"));
        assertTrue(html.contains("<dd>Hostage taking</dd>"));
        String chain = between(html, "<dd class=\"place-chain\">", "</dd>");
        int hotel = chain.indexOf("/resource/place/sample-example-hotel"), bamako = chain.indexOf("/resource/place/bamako\""),
            mali = chain.indexOf("/resource/place/mali\"");
        assertTrue(hotel >= 0 && hotel < bamako && bamako < mali, "venue → city → country: " + chain);
        String figures = between(html, "<table class=\"figures\">", "</table>");
        assertTrue(figures.contains("Hostages <span class=\"disagree\">2 different counts</span>"), figures);
        assertTrue(figures.indexOf(">40<") < figures.indexOf(">35<"), "larger count first");
        assertTrue(figures.contains(">approximately<") && figures.contains("/resource/organization/police"));
        assertTrue(figures.contains("/resource/article/sample?mark=14-25#evidence"));
        String claims = between(html, "<table class=\"claims\">", "</table>");
        assertTrue(claims.contains("not verified: “could not be verified”") && claims.contains("/resource/article/sample?mark=58-73#evidence"));
        String who = between(html, "id=\"who\"", "</section>");
        assertTrue(between(who, "role-perpetrator", "</dd>").contains("/resource/article/sample?mark=0-6#evidence"),
                "the perpetrator statement's evidence");
        String related = between(html, "<ol class=\"related\">", "</ol>");
        assertTrue(related.contains("/resource/incident/2020-05-02-storming") && related.contains("score 8.0"));
        assertTrue(related.contains("same venue") && related.contains("sub-event"), related);
        assertTrue(between(html, "id=\"events\"", "</section>").contains("Sub-event</span>: <a href=\"/resource/incident/2020-05-02-storming\">"));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q912\""), "Mali's Wikidata link from the gazetteer");
    }

    @Test
    void articlePageMarksCodePointSpans() {
        String html = new ArticlePage(kg, R + "article/sample", "14-25").render();
        assertTrue(html.contains("<h1>Siege &lt;b&gt;at&lt;/b&gt; the Example hotel</h1>"));
        String sentence = between(html, "<span class=\"sentence\" id=\"sentence\">", "</span>");
        assertEquals("Gunmen 🙂 held 40 hostages at the Example hotel in Bamako.", sentence.replaceAll("<[^>]+>", ""));
        assertEquals("40 hostages", between(html, "<mark id=\"evidence\">", "</mark>").replaceAll("<[^>]+>", ""));
    }

    @Test
    void groupPageWalksTheAffiliationChainDown() {
        String html = new EntityPage(kg, R + "organization/al-qaeda", "organization").render();
        assertTrue(between(html, "<ul class=\"chain-down\">", "</ul>").contains("/resource/organization/sample-group"));
        String incidents = between(html, "<table class=\"incidents\">", "</table>");
        assertTrue(incidents.contains("/resource/incident/2020-05-02-siege") && incidents.contains("claimed it")
                && incidents.contains("through affiliate"), incidents);
    }

    @Test
    void placePageListsIncidentsInContainedPlaces() {
        String html = new EntityPage(kg, R + "place/mali", "place").render();
        String incidents = between(html, "<table class=\"incidents\">", "</table>");
        assertTrue(incidents.contains("/resource/incident/2020-05-02-siege"));
        assertTrue(html.contains("class=\"map\" data-points="), "Mali has coordinates");
    }

    @Test
    void incidentListHasTypesUpTheHierarchy() {
        IncidentList list = new IncidentList(kg.select("incidents", null));
        assertEquals(2, list.all().size());
        assertEquals(List.of(SIEGE), list.filter("", "https://w3id.org/incidentkg/ontology#Attack", "", "").stream().map(IncidentList.Entry::iri).toList());
        assertEquals(List.of(SIEGE), list.filter(R + "place/mali", "", "2020", R + "organization/sample-group").stream().map(IncidentList.Entry::iri).toList());
        assertEquals(0, list.filter("", "", "2019", "").size());
    }

    @Test
    void searchFindsLabelsAndAltLabels() {
        List<Row> hotel = kg.search("search", "the hotel");
        assertEquals(R + "place/sample-example-hotel", hotel.get(0).str("s"));
        // Every word, in any order, whole or as the start of a word, case and accents folded.
        assertEquals(List.of(R + "article/sample", SIEGE),
                kg.search("search", "hotel siege").stream().map(r -> r.str("s")).sorted().toList());
        assertEquals(List.of(R + "article/sample", SIEGE),
                kg.search("search", "HÔT SIÈ").stream().map(r -> r.str("s")).sorted().toList());
        // Markup, regular expressions and Lucene's own syntax are only words: "siege", "e" and "b" (the <b> of the
        // article's title); "siege", "x" and "y", which nothing holds.
        assertEquals(List.of(R + "article/sample"), kg.search("search", "siege \\E.*( <b>").stream().map(r -> r.str("s")).toList());
        assertEquals(List.of(), kg.search("search", "siege AND (x OR y*) \" title:"));
        assertEquals(List.of(), kg.search("search", "*?!"), "no word");
        assertEquals(List.of(SIEGE), kg.search("search-incidents", "example siege").stream().map(r -> r.str("incident")).toList());
        // The siege is in Bamako through its places; the storming has no place and no "Bamako" in its label.
        assertEquals(List.of(SIEGE), kg.search("search-incidents", "bamako").stream().map(r -> r.str("incident")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void graphLinksComeFromTheGraph() {
        Map<String, Object> g = new GraphServlet(kg, true).elements(SIEGE);
        List<Map<String, Map<String, Object>>> edges = (List<Map<String, Map<String, Object>>>) g.get("edges");
        List<String> rels = edges.stream().map(e -> e.get("data").get("rel") + " " + e.get("data").get("source").toString().replace(R, "")
                + " " + e.get("data").get("target").toString().replace(R, "")).sorted().toList();
        assertTrue(rels.contains("relatedTo incident/2020-05-02-siege incident/2020-05-02-storming"), rels.toString());
        assertTrue(rels.contains("partOf incident/2020-05-02-storming incident/2020-05-02-siege"), rels.toString());
        assertTrue(rels.contains("claimedBy incident/2020-05-02-siege organization/sample-group"), rels.toString());
        assertTrue(rels.contains("affiliatedWith organization/sample-group organization/al-qaeda"), rels.toString());
        assertFalse(rels.stream().anyMatch(r -> r.contains("paris")), "only what is near the focus");
    }

    @Test
    void describeHoldsTheResourceAndItsEvidence() {
        var m = kg.construct("describe", SIEGE);
        assertTrue(m.contains(m.createResource(R + "mention/sample/0-6"), m.createProperty("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), "Gunmen"));
        assertTrue(m.contains(m.createResource(R + "statement/sample/1"), m.createProperty("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"), m.createResource(R + "group/sample-gunmen")));
        assertTrue(kg.ask("exists", SIEGE));
        assertFalse(kg.ask("exists", R + "incident/none"));
    }
}
