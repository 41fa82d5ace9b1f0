package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Without users the server is read-only: every way to write is refused and the data is unchanged
 * (after Jena's TestFusekiStdReadOnlySetup).
 */
@Timeout(60)
class IkgServerReadOnlyIT {

    private static final String INSERT = "INSERT DATA { GRAPH <" + ARTICLE_1 + "> { <http://example.org/s> <http://example.org/p> <http://example.org/o> } }";
    private static final String TURTLE = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .";

    private DatasetGraph dsg;
    private IkgServer server;
    private String ds;
    private long quadsBefore;

    @BeforeEach
    void start() {
        dsg = sampleDataset();
        quadsBefore = quadCount(dsg);
        server = IkgServer.make(0, dsg).start();
        ds = server.datasetURL();
    }

    @AfterEach
    void stopAndCheckUnchanged() {
        server.stop();
        assertEquals(quadsBefore, quadCount(dsg), "data changed");
        assertEquals(4, quadsBefore, "fixture");
    }

    @Test
    void notWritable() {
        assertFalse(server.isWritable());
    }

    @Test
    void noUpdateEndpoint() {
        assertEquals(404, update(ds + "/update", INSERT, null).statusCode());
    }

    @Test
    void updateSentToQueryEndpoint() {
        assertEquals(415, update(ds + "/sparql", INSERT, null).statusCode());
        assertEquals(415, update(ds + "/query", INSERT, null).statusCode());
    }

    @Test
    void updateAsFormToQueryEndpoint() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ds + "/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(INSERT)))
            .build());
        assertEquals(400, r.statusCode());
    }

    @Test
    void updateSentToDataset() {
        assertEquals(400, update(ds, INSERT, null).statusCode());
    }

    @Test
    void noGraphStoreWrite() {
        assertEquals(404, put(ds + "/data?graph=" + encode(ARTICLE_1), TURTLE, null).statusCode());
        assertEquals(400, put(ds + "?graph=" + encode(ARTICLE_1), TURTLE, null).statusCode());
    }

    @Test
    void graphStoreReadRefusesWrites() {
        String url = ds + "/get?graph=" + encode(ARTICLE_1);
        assertEquals(405, put(url, TURTLE, null).statusCode());
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/turtle")
            .POST(HttpRequest.BodyPublishers.ofString(TURTLE)).build());
        assertEquals(405, post.statusCode());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
        assertEquals(405, delete.statusCode());
    }

    @Test
    void noUpload() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ds + "/upload"))
            .header("Content-Type", "text/turtle")
            .POST(HttpRequest.BodyPublishers.ofString(TURTLE)).build());
        assertEquals(404, r.statusCode());
    }
}
