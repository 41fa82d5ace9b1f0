package incidentkg.server;

import static incidentkg.server.ServerTestLib.sampleDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's checks and what build() records, without starting a server. */
class IkgServerBuilderTest {

    @TempDir
    Path dir;

    @Test
    void defaults() {
        IkgServer server = IkgServer.builder().dataset(sampleDataset()).build();
        assertEquals(3030, server.port());
        assertEquals("127.0.0.1", server.host());
        assertEquals("/kg", server.name());
        assertEquals("http://127.0.0.1:3030/", server.url());
        assertEquals("http://127.0.0.1:3030/kg", server.datasetURL());
        assertFalse(server.isWritable());
    }

    @Test
    void buildRecordsQuerySettingsInDatasetContext() {
        DatasetGraph dsg = sampleDataset();
        IkgServer.builder().dataset(dsg).queryTimeout(1234).build();
        assertTrue(dsg.getContext().isTrue(TDB2.symUnionDefaultGraph));
        assertEquals("1234", dsg.getContext().getAsString(ARQ.queryTimeout));
        assertFalse(dsg.getContext().isTrue(ARQ.httpServiceAllowed));
    }

    @Test
    void writableOnlyWithCredentials() {
        assertTrue(IkgServer.builder().dataset(sampleDataset()).credentials("u", "p").build().isWritable());
    }

    @Test
    void ipv6HostInUrl() {
        IkgServer server = IkgServer.builder().dataset(sampleDataset()).host("::1").port(4000).build();
        assertEquals("http://[::1]:4000/", server.url());
    }

    @Test
    void datasetRequired() {
        assertThrows(IllegalStateException.class, () -> IkgServer.builder().build());
    }

    @Test
    void badValues() {
        IkgServer.Builder b = IkgServer.builder();
        assertThrows(IllegalArgumentException.class, () -> b.port(-1));
        assertThrows(IllegalArgumentException.class, () -> b.port(65536));
        assertThrows(IllegalArgumentException.class, () -> b.queryTimeout(0));
        assertThrows(IllegalArgumentException.class, () -> b.host(" "));
        assertThrows(IllegalArgumentException.class, () -> b.name("/a/b"));
        assertThrows(IllegalArgumentException.class, () -> b.name("/$"));
        assertThrows(IllegalArgumentException.class, () -> b.credentials("u", ""));
        assertThrows(IllegalArgumentException.class, () -> b.allowService(" "));
    }

    @Test
    void servletPathMustNotStartWithDatasetName() {
        HttpServlet servlet = new HttpServlet() {};
        assertThrows(IllegalStateException.class,
            () -> IkgServer.builder().dataset(sampleDataset()).addServlet("/kg/extra", servlet).build());
        assertThrows(IllegalStateException.class,
            () -> IkgServer.builder().dataset(sampleDataset()).addServlet("/", servlet).build());
    }

    @Test
    void staticFolderMustExist() {
        assertThrows(IllegalStateException.class,
            () -> IkgServer.builder().dataset(sampleDataset()).staticFiles(dir.resolve("none")).build());
        assertThrows(IllegalStateException.class,
            () -> IkgServer.builder().dataset(sampleDataset()).staticClasspath("incidentkg/no-such-folder").build());
    }

    @Test
    void credentialsFileMustExist() {
        assertThrows(RuntimeException.class,
            () -> IkgServer.builder().dataset(sampleDataset()).credentialsFile(dir.resolve("none.txt")).build());
    }
}
