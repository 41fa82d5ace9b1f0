package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SERVICE only reaches endpoints on the allow-list. A second local server stands in for the
 * remote endpoint and counts every request it receives.
 */
@Timeout(60)
class IkgServerServiceIT {

    private static final String REMOTE_TRIG = """
        GRAPH <http://example.org/remote-graph> { <http://example.org/paris> <http://www.w3.org/2000/01/rdf-schema#label> "Paris" . }
        """;

    private final CountingFilter remoteRequests = new CountingFilter();
    private IkgServer remote;
    private IkgServer server;
    private String remoteEndpoint;

    @BeforeEach
    void startRemote() {
        remote = IkgServer.builder()
            .dataset(load(TDB2Factory.createDataset().asDatasetGraph(), REMOTE_TRIG))
            .port(0)
            .addFilter("/*", remoteRequests)
            .build()
            .start();
        remoteEndpoint = remote.datasetURL() + "/sparql";
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
        remote.stop();
    }

    private String federated(String endpoint) {
        return "SELECT ?label { SERVICE <" + endpoint + "> { <http://example.org/paris> ?p ?label } }";
    }

    @Test
    void allowedServiceIsCalled() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0).allowService(remoteEndpoint).build().start();
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", federated(remoteEndpoint));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Paris"), csvRows(r));
        assertTrue(remoteRequests.count.get() >= 1, "remote server not called");
    }

    @Test
    void noServiceByDefault() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0).build().start();
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", federated(remoteEndpoint));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE not allowed"), r.body());
        assertEquals(0, remoteRequests.count.get());
    }

    @Test
    void serviceNotOnListIsRefused() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0)
            .allowService(IkgServer.WIKIDATA_SPARQL)
            .allowService(remote.datasetURL() + "/query")
            .build().start();
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", federated(remoteEndpoint));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE not allowed: " + remoteEndpoint), r.body());
        assertEquals(0, remoteRequests.count.get());
    }

    @Test
    void serviceVariableIsCheckedOnceBound() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0).build().start();
        String q = "SELECT ?label { BIND(<" + remoteEndpoint + "> AS ?endpoint) SERVICE ?endpoint { <http://example.org/paris> ?p ?label } }";
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", q);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(0, remoteRequests.count.get());
    }

    @Test
    void silentRefusalIsAFailedSilentCall() {
        // SPARQL: a failed SERVICE SILENT gives one empty solution; and no request goes out.
        server = IkgServer.builder().dataset(sampleDataset()).port(0).build().start();
        String q = "SELECT ?label { SERVICE SILENT <" + remoteEndpoint + "> { <http://example.org/paris> ?p ?label } }";
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", q);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(""), csvRows(r));
        String qVar = "SELECT ?label { BIND(<" + remoteEndpoint + "> AS ?endpoint) "
            + "SERVICE SILENT ?endpoint { <http://example.org/paris> ?p ?label } }";
        HttpResponse<String> rVar = query(server.datasetURL() + "/sparql", qVar);
        assertEquals(200, rVar.statusCode(), rVar.body());
        assertEquals(List.of(""), csvRows(rVar));
        assertEquals(0, remoteRequests.count.get());
    }
}
