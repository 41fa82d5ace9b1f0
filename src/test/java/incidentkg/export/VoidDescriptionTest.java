package incidentkg.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The VoID description of the hand-made sample, against counts made by hand (see sample.trig). */
class VoidDescriptionTest {
    static final String IKG = "https://w3id.org/incidentkg/ontology#";

    /** One value of a VoID property of a resource of the description. */
    static long count(Model m, String subject, String property) {
        String q = "SELECT ?n { <" + subject + "> <http://rdfs.org/ns/void#" + property + "> ?n }";
        try (QueryExecution qe = QueryExecution.create().query(q).model(m).build()) {
            List<RDFNode> ns = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> ns.add(s.get("n")));
            assertEquals(1, ns.size(), subject + " void:" + property + " " + ns);
            return ns.get(0).asLiteral().getLong();
        }
    }

    static Map<String, Long> classPartitions(Model m) {
        Map<String, Long> out = new TreeMap<>();
        String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?c ?n { <" + VoidDescription.DATASET
                + "> void:classPartition [ void:class ?c ; void:entities ?n ] }";
        try (QueryExecution qe = QueryExecution.create().query(q).model(m).build()) {
            qe.execSelect().forEachRemaining(s -> out.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
        }
        return out;
    }

    /** Asserts the hand-made counts of sample.trig on a description. */
    static void assertSampleCounts(Model m) {
        String d = VoidDescription.DATASET;
        assertEquals(55, count(m, d, "triples"));
        assertEquals(15, count(m, d, "distinctSubjects"));
        assertEquals(19, count(m, d, "properties"));
        assertEquals(8, count(m, d, "classes"));
        assertEquals(12, count(m, d, "entities"));
        assertEquals(Map.of(IKG + "Article", 2L, IKG + "ArmedGroup", 2L, IKG + "Bombing", 1L, IKG + "City", 1L,
                            IKG + "Country", 1L, IKG + "HostageTaking", 1L, IKG + "PersonGroup", 1L, IKG + "Tally", 3L),
                     classPartitions(m));
        assertEquals(4, count(m, d + "#linkset-wikidata", "triples"));
        assertEquals(2, count(m, d + "#linkset-geonames", "triples"));
        assertEquals(1, count(m, d + "#linkset-dbpedia", "triples"));
    }

    @Test
    void countsAreTheHandCountsOfTheSample() {
        Model m = VoidDescription.describe(Sample.dataset(), new VoidDescription.Options(
                "http://localhost:3030/kg/sparql", VoidDescription.DEFAULT_LICENSE, List.of()));
        assertSampleCounts(m);
    }

    @Test
    void theHandCountsAgreeWithPlainSparqlOverTheSample() {
        // a check of the hand counts themselves, by a query written here, not by the code under test
        Dataset ds = Sample.dataset();
        long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        assertEquals(59, quads);
        String q = "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }";
        long triples = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(55, triples);
    }

    @Test
    void licenceEndpointAndLinkTargetsAreNamed() {
        Model m = VoidDescription.describe(Sample.dataset(), new VoidDescription.Options(
                "http://example.org/kg/sparql", "https://spdx.org/licenses/CC-BY-4.0", List.of(
                        new VoidDescription.Dump("http://example.org/dump.nq", "application/n-quads"))));
        String ask = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            ASK {
              <https://w3id.org/incidentkg/dataset> a void:Dataset , dcat:Dataset ;
                  dcterms:license <https://spdx.org/licenses/CC-BY-4.0> ;
                  void:sparqlEndpoint <http://example.org/kg/sparql> ;
                  void:dataDump <http://example.org/dump.nq> ;
                  dcat:distribution [ dcat:downloadURL <http://example.org/dump.nq> ; dcat:mediaType "application/n-quads" ] ;
                  dcat:accessService [ dcat:endpointURL <http://example.org/kg/sparql> ] ;
                  void:subset <https://w3id.org/incidentkg/dataset#linkset-wikidata> .
              <https://w3id.org/incidentkg/dataset#linkset-wikidata> a void:Linkset ;
                  void:linkPredicate owl:sameAs ;
                  void:objectsTarget [ void:uriSpace "http://www.wikidata.org/entity/" ] .
              <https://w3id.org/incidentkg/dataset#linkset-geonames> void:objectsTarget [ void:uriSpace "https://sws.geonames.org/" ] .
              <https://w3id.org/incidentkg/dataset#linkset-dbpedia> void:objectsTarget [ void:uriSpace "http://dbpedia.org/resource/" ] .
            }""";
        try (QueryExecution qe = QueryExecution.create().query(ask).model(m).build()) {
            assertEquals(true, qe.execAsk());
        }
    }
}
