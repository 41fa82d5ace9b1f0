package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Queries and Graph Store reads over HTTP: the union default graph, both query endpoints, /kg/get. */
@Timeout(60)
class IkgServerQueryIT {

    private static final String ALL_INCIDENTS = """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label { ?incident rdfs:label ?label }
        """;

    private DatasetGraph dsg;
    private IkgServer server;

    @BeforeEach
    void start() {
        dsg = sampleDataset();
        server = IkgServer.builder().dataset(dsg).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void defaultGraphIsUnionOfNamedGraphs() {
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", ALL_INCIDENTS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Attack on the hotel", "Raid on the flat"), csvRows(r));
    }

    @Test
    void namedGraphsStayApart() {
        String q = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", q);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(ARTICLE_1 + ",2", ARTICLE_2 + ",2"), csvRows(r));
    }

    @Test
    void queryEndpointAnswersToo() {
        HttpResponse<String> r = query(server.datasetURL() + "/query", ALL_INCIDENTS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Attack on the hotel", "Raid on the flat"), csvRows(r));
    }

    @Test
    void queryByPost() {
        HttpResponse<String> r = queryPost(server.datasetURL() + "/sparql", "SELECT ?type { <" + INCIDENT_2 + "> a ?type }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("https://w3id.org/incidentkg/ontology#Raid"), csvRows(r));
    }

    @Test
    void graphStoreReadsNamedGraphAsTurtle() {
        HttpResponse<String> r = get(server.datasetURL() + "/get?graph=" + encode(ARTICLE_1), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph expected = parse("""
            <https://w3id.org/incidentkg/resource/incident/i1>
                a <https://w3id.org/incidentkg/ontology#Attack> ;
                <http://www.w3.org/2000/01/rdf-schema#label> "Attack on the hotel"@en .
            """);
        assertTrue(expected.isIsomorphicWith(parse(r.body())), r.body());
    }

    @Test
    void graphStoreDefaultGraphIsTheUnion() {
        HttpResponse<String> r = get(server.datasetURL() + "/get?default", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = parse(r.body());
        assertEquals(4, g.size(), r.body());
        assertTrue(r.body().contains(INCIDENT_1) && r.body().contains(INCIDENT_2), r.body());
    }

    @Test
    void graphStoreUnknownGraphIs404() {
        HttpResponse<String> r = get(server.datasetURL() + "/get?graph=" + encode(RES + "article/none"), "text/turtle");
        assertEquals(404, r.statusCode(), r.body());
    }

    @Test
    void pingAnswersAndStatsAreOff() {
        assertEquals(200, get(server.url() + "$/ping", "*/*").statusCode());
        assertEquals(404, get(server.url() + "$/stats", "*/*").statusCode());
    }

    @Test
    void statsWhenTurnedOn() {
        IkgServer withStats = IkgServer.builder().dataset(sampleDataset()).port(0).stats(true).build().start();
        try {
            HttpResponse<String> r = get(withStats.url() + "$/stats", "application/json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("/kg"), r.body());
        } finally {
            withStats.stop();
        }
    }

    @Test
    void pingCanBeTurnedOff() {
        IkgServer noPing = IkgServer.builder().dataset(sampleDataset()).port(0).ping(false).build().start();
        try {
            assertEquals(404, get(noPing.url() + "$/ping", "*/*").statusCode());
        } finally {
            noPing.stop();
        }
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}
