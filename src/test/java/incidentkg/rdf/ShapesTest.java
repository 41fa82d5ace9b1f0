package incidentkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.Test;

/**
 * The SHACL shapes on hand-written article graphs, validated with the ontology graph as the loader
 * does. Each invalid graph is the valid one with one edit; expected results are
 * "focus | path | constraint component".
 */
class ShapesTest {

    static final Shapes SHAPES = Shapes.parse(OntologyFiles.shapesGraph());
    static final Graph ONTOLOGY = OntologyFiles.ontology().getGraph();

    // the text starts with U+1F534, one code point but two UTF-16 units: offsets count code points
    static final String VALID = """
        @prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix geo:     <http://www.w3.org/2003/01/geo/wgs84_pos#> .
        @prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix ikg:     <https://w3id.org/incidentkg/ontology#> .
        @base <https://w3id.org/incidentkg/resource/> .

        <article/t> a ikg:Article , nif:Context ;
            nif:isString "🔴 Gunmen seized 170 hostages in Bamako. At least 27 people were killed, officials said. Al-Example claimed the attack." ;
            dcterms:identifier "t" ; dcterms:date "2015-11-20"^^xsd:date ;
            ikg:segment <segment/t/0-39> .
        <segment/t/0-39> a ikg:Segment ; ikg:segmentKind ikg:Headline ;
            nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "39"^^xsd:nonNegativeInteger .

        <mention/t/0-39> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "39"^^xsd:nonNegativeInteger ;
            nif:anchorOf "🔴 Gunmen seized 170 hostages in Bamako." .
        <mention/t/2-8> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "2"^^xsd:nonNegativeInteger ; nif:endIndex "8"^^xsd:nonNegativeInteger ; nif:anchorOf "Gunmen" .
        <mention/t/16-28> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "16"^^xsd:nonNegativeInteger ; nif:endIndex "28"^^xsd:nonNegativeInteger ; nif:anchorOf "170 hostages" .
        <mention/t/32-38> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "32"^^xsd:nonNegativeInteger ; nif:endIndex "38"^^xsd:nonNegativeInteger ; nif:anchorOf "Bamako" .
        <mention/t/40-70> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "40"^^xsd:nonNegativeInteger ; nif:endIndex "70"^^xsd:nonNegativeInteger ;
            nif:anchorOf "At least 27 people were killed" .
        <mention/t/72-81> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "72"^^xsd:nonNegativeInteger ; nif:endIndex "81"^^xsd:nonNegativeInteger ; nif:anchorOf "officials" .
        <mention/t/88-117> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "88"^^xsd:nonNegativeInteger ; nif:endIndex "117"^^xsd:nonNegativeInteger ;
            nif:anchorOf "Al-Example claimed the attack" .
        <mention/t/88-98> a ikg:Mention ; ikg:inArticle <article/t> ;
            nif:beginIndex "88"^^xsd:nonNegativeInteger ; nif:endIndex "98"^^xsd:nonNegativeInteger ; nif:anchorOf "Al-Example" .

        <incident/t-siege> a ikg:HostageTaking ;
            rdfs:label "Bamako hostage taking"@en ;
            ikg:incidentType ikg:HostageTakingType ;
            ikg:earliestDate "2015-11-20"^^xsd:date ; ikg:latestDate "2015-11-20"^^xsd:date ; ikg:date "2015-11-20"^^xsd:date ;
            ikg:city <place/bamako> ; ikg:place <place/bamako> ;
            ikg:perpetrator <group/t-gunmen> ; ikg:victim <group/t-hostages> ;
            ikg:claimedBy <organization/al-example> ;
            ikg:stage ikg:Accomplished ;
            ikg:tally <tally/t/40-70-Killed> ;
            ikg:evidence <mention/t/0-39> ;
            ikg:supportedBy <article/t> .

        <group/t-gunmen> a ikg:PersonGroup ; rdfs:label "gunmen"@en ; ikg:evidence <mention/t/2-8> .
        <group/t-hostages> a ikg:PersonGroup ; rdfs:label "170 hostages"@en ; ikg:size 170 ;
            ikg:evidence <mention/t/16-28> .
        <group/t-officials> a ikg:PersonGroup ; rdfs:label "officials"@en ; ikg:evidence <mention/t/72-81> .
        <place/bamako> a ikg:City ; rdfs:label "Bamako"@en ; geo:lat 12.6 ; geo:long -8.0 ;
            ikg:evidence <mention/t/32-38> .
        <organization/al-example> a ikg:ArmedGroup ; rdfs:label "Al-Example"@en ; ikg:evidence <mention/t/88-98> .

        <tally/t/40-70-Killed> a ikg:Tally ;
            ikg:tallyKind ikg:Killed ; ikg:count 27 ; ikg:qualifier ikg:AtLeast ;
            ikg:reportedBy <group/t-officials> ; ikg:asOf "2015-11-20"^^xsd:date ;
            ikg:evidence <mention/t/40-70> .

        <claim/t/88-117> a ikg:Claim ;
            ikg:claimant <organization/al-example> ; ikg:claimedIncident <incident/t-siege> ;
            ikg:evidence <mention/t/88-117> .

        <statement/t/1> a rdf:Statement ;
            rdf:subject <incident/t-siege> ; rdf:predicate ikg:city ; rdf:object <place/bamako> ;
            ikg:evidence <mention/t/32-38> .
        """;

    @Test
    void validArticleGraphConforms() {
        ValidationReport report = validate(VALID);
        assertEquals(Set.of(), results(report));
        assertTrue(report.conforms());
    }

    @Test
    void mentionWhoseAnchorDiffersFromTheText() {
        ValidationReport report = validate(edit("nif:anchorOf \"Bamako\"", "nif:anchorOf \"Bamak0\""));
        // the text checks read all mentions of the article at once: the article is the focus, the mention the value
        assertEquals(Set.of("res:article/t | - | SPARQLConstraintComponent"), results(report));
        ReportEntry e = report.getEntries().iterator().next();
        assertEquals("res:mention/t/32-38", shorten(e.value()));
        assertEquals("nif:anchorOf of <" + IKG.RESOURCE_NS + "mention/t/32-38> is \"Bamak0\" but the article text from 32 to 38 is \"Bamako\" (offsets count Unicode code points)",
            e.message());
    }

    @Test
    void mentionWithUtf16Offsets() {
        String utf16 = edit("nif:beginIndex \"2\"^^xsd:nonNegativeInteger ; nif:endIndex \"8\"^^xsd:nonNegativeInteger",
                            "nif:beginIndex \"3\"^^xsd:nonNegativeInteger ; nif:endIndex \"9\"^^xsd:nonNegativeInteger");
        ValidationReport report = validate(utf16);
        assertEquals(Set.of("res:article/t | - | SPARQLConstraintComponent"), results(report));
        assertEquals("res:mention/t/2-8", shorten(report.getEntries().iterator().next().value()));
    }

    @Test
    void mentionPastTheEndOfTheText() {
        ValidationReport report = validate(edit("nif:endIndex \"117\"^^xsd:nonNegativeInteger", "nif:endIndex \"119\"^^xsd:nonNegativeInteger"));
        // both text checks fail: the span runs past the end, and its text is no longer the anchor
        List<String> messages = report.getEntries().stream().map(ReportEntry::message).sorted().toList();
        assertEquals(List.of(
            "nif:anchorOf of <" + IKG.RESOURCE_NS + "mention/t/88-117> is \"Al-Example claimed the attack\" but the article text from 88 to 119 is \"Al-Example claimed the attack.\" (offsets count Unicode code points)",
            "nif:endIndex 119 of <" + IKG.RESOURCE_NS + "mention/t/88-117> is past the end of the article text (118 code points)"),
            messages);
    }

    @Test
    void tallyWithoutQualifier() {
        assertEquals(Set.of("res:tally/t/40-70-Killed | ikg:qualifier | MinCountConstraintComponent"),
            results(validate(edit("ikg:qualifier ikg:AtLeast ;", ""))));
    }

    @Test
    void tallyOfUnknownKind() {
        assertEquals(Set.of("res:tally/t/40-70-Killed | ikg:tallyKind | NodeConstraintComponent"),
            results(validate(edit("ikg:tallyKind ikg:Killed", "ikg:tallyKind ikg:Wounded"))));
    }

    @Test
    void incidentWithoutEvidence() {
        assertEquals(Set.of("res:incident/t-siege | ikg:evidence | MinCountConstraintComponent"),
            results(validate(edit("ikg:evidence <mention/t/0-39> ;", ""))));
    }

    @Test
    void earliestDateAfterLatestDate() {
        String dates = edit(
            "ikg:earliestDate \"2015-11-20\"^^xsd:date ; ikg:latestDate \"2015-11-20\"^^xsd:date ; ikg:date \"2015-11-20\"^^xsd:date ;",
            "ikg:earliestDate \"2015-11-22\"^^xsd:date ; ikg:latestDate \"2015-11-20\"^^xsd:date ;");
        assertEquals(Set.of("res:incident/t-siege | ikg:earliestDate | SPARQLConstraintComponent"), results(validate(dates)));
    }

    @Test
    void misspeltClass() {
        // the incident leaves ikg:Incident, so the claim's ikg:claimedIncident fails too
        ValidationReport report = validate(edit("a ikg:HostageTaking ;", "a ikg:HostageTakng ;"));
        assertEquals(Set.of("res:article/t | - | SPARQLConstraintComponent",
                            "res:claim/t/88-117 | ikg:claimedIncident | ClassConstraintComponent"),
            results(report));
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().equals(
            "rdf:type <" + IKG.NS + "HostageTakng> of <" + IKG.RESOURCE_NS + "incident/t-siege> is not a class declared in the IncidentKG ontology")),
            report.getEntries().toString());
    }

    @Test
    void misspeltProperty() {
        ValidationReport report = validate(edit("ikg:stage ikg:Accomplished ;", "ikg:stag ikg:Accomplished ;"));
        assertEquals(Set.of("res:article/t | ikg:stag | SPARQLConstraintComponent"), results(report));
        ReportEntry e = report.getEntries().iterator().next();
        assertEquals("res:incident/t-siege", shorten(e.value()));
        assertEquals("property <" + IKG.NS + "stag> of <" + IKG.RESOURCE_NS + "incident/t-siege> is not declared in the IncidentKG ontology",
            e.message());
    }

    @Test
    void labelWithoutLanguageTag() {
        assertEquals(Set.of("res:place/bamako | rdfs:label | LanguageInConstraintComponent"),
            results(validate(edit("rdfs:label \"Bamako\"@en", "rdfs:label \"Bamako\""))));
    }

    @Test
    void latitudeOutOfRangeAndSizeZero() {
        String bad = edit(edit(VALID, "geo:lat 12.6", "geo:lat 95.0"), "ikg:size 170", "ikg:size 0");
        assertEquals(Set.of("res:place/bamako | geo:lat | MaxInclusiveConstraintComponent",
                            "res:group/t-hostages | ikg:size | MinExclusiveConstraintComponent"),
            results(validate(bad)));
    }

    // ---- helpers

    static String edit(String from, String to) {
        return edit(VALID, from, to);
    }

    static String edit(String turtle, String from, String to) {
        int at = turtle.indexOf(from);
        if (at < 0 || turtle.indexOf(from, at + 1) >= 0)
            throw new IllegalArgumentException("not exactly once in the test graph: " + from);
        return turtle.replace(from, to);
    }

    /** Validates (article graph ∪ ontology graph), as the loader does. */
    static ValidationReport validate(String turtle) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(data);
        ONTOLOGY.find().forEach(data::add);
        return ShaclValidator.get().validate(SHAPES, data);
    }

    static Set<String> results(ValidationReport report) {
        Set<String> results = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() instanceof P_Link link ? shorten(link.getNode()) : String.valueOf(e.resultPath());
            results.add(shorten(e.focusNode()) + " | " + (e.resultPath() == null ? "-" : path) + " | "
                + e.sourceConstraintComponent().getLocalName());
        }
        return results;
    }

    static String shorten(Node node) {
        return node.getURI()
            .replace(IKG.RESOURCE_NS, "res:")
            .replace(IKG.NS, "ikg:")
            .replace("http://www.w3.org/2000/01/rdf-schema#", "rdfs:")
            .replace("http://www.w3.org/2003/01/geo/wgs84_pos#", "geo:");
    }
}
