package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** With users, /kg/update and /kg/data need HTTP Basic credentials; queries stay open. */
@Timeout(60)
class IkgServerAuthIT {

    private static final String NEW_GRAPH = RES + "article/a3";
    private static final String INSERT =
        "INSERT DATA { GRAPH <" + NEW_GRAPH + "> { <http://example.org/s> <http://example.org/p> <http://example.org/o> } }";
    private static final String ASK_INSERTED = "ASK { <http://example.org/s> <http://example.org/p> <http://example.org/o> }";

    @TempDir
    Path dir;

    private IkgServer server;
    private DatasetGraph dsg;

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
        if (dsg != null)
            TDBInternal.expel(dsg);
    }

    /** A server over a TDB2 folder in the temp dir, with the sample data. */
    private IkgServer start(IkgServer.Builder builder) {
        dsg = load(TDB2Factory.connectDataset(dir.resolve("tdb").toString()).asDatasetGraph(), SAMPLE_TRIG);
        server = builder.dataset(dsg).port(0).build().start();
        return server;
    }

    @Test
    void updateWithoutCredentialsIs401() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        HttpResponse<String> r = update(server.datasetURL() + "/update", INSERT, null);
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"IncidentKG\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(inserted());
    }

    @Test
    void updateWithWrongPasswordIs401() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        assertEquals(401, update(server.datasetURL() + "/update", INSERT, "editor:wrong").statusCode());
        assertEquals(401, update(server.datasetURL() + "/update", INSERT, "someone:s3cret").statusCode());
        assertFalse(inserted());
    }

    @Test
    void updatePathVariantsDoNotBypass() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        String ds = server.datasetURL();
        assertEquals(401, update(ds + "/update;jsessionid=x", INSERT, null).statusCode());
        assertEquals(404, update(ds + "/update/", INSERT, null).statusCode());
        assertEquals(404, update(ds + "/UPDATE", INSERT, null).statusCode());
        assertEquals(400, update(ds, INSERT, null).statusCode());
        assertEquals(415, update(ds + "/sparql", INSERT, null).statusCode());
        assertFalse(inserted());
    }

    @Test
    void updateWithCredentials() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        assertTrue(server.isWritable());
        assertEquals(204, update(server.datasetURL() + "/update", INSERT, "editor:s3cret").statusCode());
        assertTrue(inserted());
    }

    @Test
    void graphStoreWriteNeedsCredentials() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        String url = server.datasetURL() + "/data?graph=" + encode(NEW_GRAPH);
        String turtle = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .";
        assertEquals(401, put(url, turtle, null).statusCode());
        assertEquals(401, put(url, turtle, "editor:wrong").statusCode());
        assertFalse(inserted());
        assertEquals(201, put(url, turtle, "editor:s3cret").statusCode());
        assertTrue(inserted());
    }

    @Test
    void queriesNeedNoCredentials() {
        start(IkgServer.builder().credentials("editor", "s3cret"));
        HttpResponse<String> r = query(server.datasetURL() + "/sparql", "SELECT ?s { ?s a ?type }");
        assertEquals(200, r.statusCode());
        assertEquals(List.of(INCIDENT_1, INCIDENT_2), csvRows(r));
        assertEquals(200, get(server.datasetURL() + "/get?graph=" + encode(ARTICLE_1), "text/turtle").statusCode());
    }

    @Test
    void credentialsFromFile() throws IOException {
        Path file = dir.resolve("users.txt");
        Files.writeString(file, "# writers\nalice: pw-a\nbob: pw-b, admin\n");
        start(IkgServer.builder().credentialsFile(file));
        assertEquals(401, update(server.datasetURL() + "/update", INSERT, null).statusCode());
        assertEquals(401, update(server.datasetURL() + "/update", INSERT, "bob:pw-a").statusCode());
        assertEquals(204, update(server.datasetURL() + "/update", INSERT, "bob:pw-b").statusCode());
        assertTrue(inserted());
    }

    private boolean inserted() {
        return ask(server.datasetURL() + "/sparql", ASK_INSERTED);
    }
}
