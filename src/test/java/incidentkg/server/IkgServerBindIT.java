package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where the server listens, and its URL. */
@Timeout(60)
class IkgServerBindIT {

    @TempDir
    Path dir;

    @Test
    void bindsToLoopbackByDefault() {
        IkgServer server = IkgServer.make(0, sampleDataset()).start();
        try {
            assertEquals("127.0.0.1", server.host());
            List<ServerConnector> connectors = connectors(server);
            assertEquals(1, connectors.size());
            assertEquals("127.0.0.1", connectors.get(0).getHost());
            assertEquals(server.port(), connectors.get(0).getLocalPort());
            assertTrue(server.port() > 0);
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
            assertEquals("http://127.0.0.1:" + server.port() + "/kg", server.datasetURL());
        } finally {
            server.stop();
        }
    }

    @Test
    void notReachableOnOtherInterfaces() {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "no non-loopback IPv4 address on this machine");
        IkgServer server = IkgServer.make(0, sampleDataset()).start();
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                () -> socket.connect(new InetSocketAddress(external.get(), server.port()), 5000));
        } catch (IOException ex) {
            throw new AssertionError(ex);
        } finally {
            server.stop();
        }
    }

    @Test
    void allInterfacesWhenConfigured() {
        IkgServer server = IkgServer.builder().dataset(sampleDataset()).port(0).host("0.0.0.0").build().start();
        try {
            assertEquals("0.0.0.0", connectors(server).get(0).getHost());
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
            assertEquals(200, query(server.datasetURL() + "/sparql", "ASK {}").statusCode());
            Optional<InetAddress> external = nonLoopbackAddress();
            if (external.isPresent()) {
                String url = "http://" + external.get().getHostAddress() + ":" + server.port() + "/$/ping";
                assertEquals(200, get(url, "*/*").statusCode());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void servesTdb2Folder() {
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("tdb").toString()).asDatasetGraph();
        load(dsg, SAMPLE_TRIG);
        IkgServer server = IkgServer.make(0, dsg).start();
        try {
            assertEquals(List.of(INCIDENT_1, INCIDENT_2),
                         csvRows(query(server.datasetURL() + "/query", "SELECT DISTINCT ?s { ?s a ?t }")));
        } finally {
            server.stop();
            TDBInternal.expel(dsg);
        }
    }

    private static List<ServerConnector> connectors(IkgServer server) {
        return Arrays.stream(server.fusekiServer().getJettyServer().getConnectors())
            .map(ServerConnector.class::cast)
            .toList();
    }

    private static Optional<InetAddress> nonLoopbackAddress() {
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback())
                    continue;
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        return Optional.of(a);
                }
            }
        } catch (SocketException ex) {
            // treat as none
        }
        return Optional.empty();
    }
}
