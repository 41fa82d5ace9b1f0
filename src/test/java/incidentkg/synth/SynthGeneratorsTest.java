package incidentkg.synth;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import incidentkg.rules.KnowledgeBase;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthetic corpus and graph generators: deterministic for a seed, and true to what they record. */
class SynthGeneratorsTest {
    private static ArticleFactory factory(long seed) {
        return new ArticleFactory(KnowledgeBase.bundled(), SynthTemplates.bundled(), seed);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        new CorpusGenerator(factory(7), "synth").write(dir.resolve("a"), 30, n -> {});
        new CorpusGenerator(factory(7), "synth").write(dir.resolve("b"), 30, n -> {});
        new CorpusGenerator(factory(8), "synth").write(dir.resolve("c"), 30, n -> {});
        List<Path> a = files(dir.resolve("a"));
        List<Path> b = files(dir.resolve("b"));
        assertEquals(61, a.size()); // 30 texts, 30 sidecars, truth.jsonl
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).getFileName(), b.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        assertNotEquals(Files.readString(dir.resolve("a/synth-000005.txt")), Files.readString(dir.resolve("c/synth-000005.txt")));
    }

    @Test
    void truthNamesWhatTheTextSays(@TempDir Path dir) throws Exception {
        new CorpusGenerator(factory(3), "synth").write(dir, 50, n -> {});
        List<String> truth = Files.readAllLines(dir.resolve(CorpusGenerator.TRUTH));
        assertEquals(50, truth.size());
        for (String line : truth) {
            JsonObject t = JsonParser.parseString(line).getAsJsonObject();
            String text = Files.readString(dir.resolve(t.get("file").getAsString()));
            String body = text.substring(text.indexOf("\n\n"));
            assertTrue(body.contains(t.get("cityLabel").getAsString()), line);
            assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains(t.get("trigger").getAsString()), line);
            assertTrue(text.contains(Integer.toString(t.getAsJsonObject("killed").get("count").getAsInt())), line);
            if (!t.get("groupRole").getAsString().equals("none"))
                assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains(
                        t.get("groupLabel").getAsString().toLowerCase(java.util.Locale.ROOT)), line);
            JsonObject meta = JsonParser.parseString(Files.readString(dir.resolve(t.get("id").getAsString() + ".json")))
                                        .getAsJsonObject();
            assertEquals(t.get("date").getAsString(), meta.get("date").getAsString());
        }
        // hand-checked shapes: article 0 is the focus article of data/synth/templates.txt
        JsonObject first = JsonParser.parseString(truth.get(0)).getAsJsonObject();
        assertEquals("bamako", first.get("city").getAsString());
        assertEquals("mali", first.get("country").getAsString());
        assertEquals("ikg:HostageTaking", first.get("type").getAsString());
        assertEquals("claimedBy", first.get("groupRole").getAsString());
    }

    @Test
    void phrasingVaries(@TempDir Path dir) throws Exception {
        new CorpusGenerator(factory(1), "synth").write(dir, 200, n -> {});
        StringBuilder all = new StringBuilder();
        for (Path p : files(dir))
            if (p.toString().endsWith(".txt"))
                all.append(Files.readString(p)).append('\n');
        String s = all.toString();
        assertTrue(s.contains("(Reuters) — ") || s.contains("(Reuters news agency) — "), "agency dateline");
        assertTrue(s.matches("(?s).*\\n[A-Z ]+, \\d\\d [A-Z]{3} \\d\\d \\([^)]+\\) -- .*"), "wire dateline");
        assertTrue(s.contains("claimed responsibility"), "claim");
        assertTrue(s.contains("could not"), "hedge");
        assertTrue(s.contains("at least ") && s.contains("up to "), "qualifiers");
        assertTrue(s.contains(" told "), "attribution");
        assertFalse(s.contains(" a attack") || s.contains(" a explosion") || s.contains("{"), "article or slot left");
    }

    private static byte[] graph(long seed, long triples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleFactory f = factory(seed);
        new GraphGenerator(f.knowledge(), f, "synth").write(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS),
                                                           triples, n -> {});
        return out.toByteArray();
    }

    private static List<String> withoutOntology(byte[] nquads) {
        return new String(nquads, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.endsWith("<https://w3id.org/incidentkg/ontology> .")).toList();
    }

    @Test
    void graphIsDeterministicAndEveryAnchorIsItsSubstring() {
        byte[] a = graph(5, 8000);
        // the ontology graph's blank nodes get new labels in each run; everything else is byte for byte the same
        assertEquals(withoutOntology(a), withoutOntology(graph(5, 8000)));
        assertNotEquals(withoutOntology(a), withoutOntology(graph(6, 8000)));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(a), Lang.NQUADS);
        assertTrue(new String(a, java.nio.charset.StandardCharsets.UTF_8).lines().count() >= 8000);
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
                SELECT (COUNT(*) AS ?n) (SUM(IF(SUBSTR(?text, ?b + 1, ?e - ?b) = ?anchor, 1, 0)) AS ?ok) WHERE {
                  GRAPH ?a { ?m a ikg:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                                ikg:inArticle ?a . ?a nif:isString ?text } }""";
        var ds = DatasetFactory.wrap(dsg);
        try (var qe = QueryExecutionFactory.create(q, ds)) {
            var row = qe.execSelect().next();
            assertTrue(row.getLiteral("n").getLong() > 100);
            assertEquals(row.getLiteral("n").getLong(), row.getLiteral("ok").getLong(), "mentions whose anchor is not their text");
        }
    }

    @Test
    void aCityAloneRelatesGeneratedIncidentsWithinAYearOnly() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(graph(5, 60000)), Lang.NQUADS);
        // each relation whose only reasons are the city and the country, and the days between its two incidents
        String q = """
                PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
                SELECT ?da ?db WHERE {
                  GRAPH <https://w3id.org/incidentkg/graph/related> {
                    ?r ikg:fromIncident ?a ; ikg:toIncident ?b ; ikg:reason ikg:SameCity , ikg:SameCountry .
                    FILTER NOT EXISTS { ?r ikg:reason ?other FILTER(?other NOT IN (ikg:SameCity, ikg:SameCountry)) } }
                  GRAPH ?g { ?a ikg:earliestDate ?da } GRAPH ?h { ?b ikg:earliestDate ?db } }""";
        int relations = 0;
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(dsg))) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                var row = rs.next();
                java.time.LocalDate a = java.time.LocalDate.parse(row.getLiteral("da").getLexicalForm());
                java.time.LocalDate b = java.time.LocalDate.parse(row.getLiteral("db").getLexicalForm());
                assertTrue(Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b)) <= 365, a + " and " + b);
                relations++;
            }
        }
        assertTrue(relations > 0, "no relation by city and country alone");
    }
}
