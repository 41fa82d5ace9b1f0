package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static pages from a folder or the classpath, extra servlets, and no way out of the folder. */
@Timeout(60)
class IkgServerStaticIT {

    private static final String SECRET = "SECRET-OUTSIDE-THE-WEB-FOLDER";

    @TempDir
    Path dir;

    private IkgServer server;

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
    }

    /** dir/web holds the pages; dir/secret.txt and dir/web/../secret-like names must stay unreachable. */
    private IkgServer startWithFolder() throws IOException {
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<h1>IncidentKG</h1>");
        Files.createDirectories(web.resolve("css"));
        Files.writeString(web.resolve("css/site.css"), "body { margin: 0 }");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        server = IkgServer.builder().dataset(sampleDataset()).port(0).staticFiles(web).build().start();
        return server;
    }

    @Test
    void servesPagesFromFolder() throws IOException {
        startWithFolder();
        HttpResponse<String> index = get(server.url(), "text/html");
        assertEquals(200, index.statusCode());
        assertEquals("<h1>IncidentKG</h1>", index.body());
        HttpResponse<String> css = get(server.url() + "css/site.css", "*/*");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(404, get(server.url() + "missing.html", "*/*").statusCode());
    }

    @Test
    void noDirectoryListing() throws IOException {
        startWithFolder();
        HttpResponse<String> r = get(server.url() + "css/", "text/html");
        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("site.css"), r.body());
    }

    @Test
    void sparqlStillServedWithStaticFiles() throws IOException {
        startWithFolder();
        assertEquals(200, query(server.datasetURL() + "/sparql", "ASK {}").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/..%252fsecret.txt",
        "/css/../../secret.txt",
        "/css/%2e%2e/%2e%2e/secret.txt",
        "/./../secret.txt",
        "/..;/secret.txt",
        "/%2e%2e;/secret.txt",
        "/kg/../../secret.txt",
        "//../secret.txt",
    })
    void pathTraversalIsRefused(String target) throws IOException {
        startWithFolder();
        String response = rawGet(server.port(), target);
        int status = rawStatus(response);
        assertTrue(status == 400 || status == 404, target + " gave " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains(SECRET), target + " leaked the file");
    }

    @Test
    void rawRequestReachesFilesInside() throws IOException {
        // Control for the traversal test: the same raw request path works inside the folder.
        startWithFolder();
        String response = rawGet(server.port(), "/css/site.css");
        assertEquals(200, rawStatus(response));
        assertTrue(response.contains("body { margin: 0 }"));
    }

    @Test
    void servesPagesFromClasspath() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0)
            .staticClasspath("incidentkg/server/web")
            .build().start();
        HttpResponse<String> r = get(server.url() + "hello.html", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Hello from the classpath"), r.body());
        int escape = rawStatus(rawGet(server.port(), "/../ServerTestLib.class"));
        assertTrue(escape == 400 || escape == 404, "escape gave " + escape);
    }

    @Test
    void extraServlets() {
        server = IkgServer.builder().dataset(sampleDataset()).port(0)
            .addServlet("/resource/*", new EchoServlet("resource"))
            .addServlet("/ui/*", new EchoServlet("ui"))
            .addServlet("", new EchoServlet("home"))
            .build().start();
        assertEquals("home /", get(server.url(), "text/plain").body());
        HttpResponse<String> r = get(server.url() + "resource/incident/i1", "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("resource /incident/i1", r.body());
        assertEquals("ui /search", get(server.url() + "ui/search", "text/plain").body());
        assertEquals(200, query(server.datasetURL() + "/sparql", "ASK {}").statusCode());
    }

    /** Answers with its name and the request's path info. */
    private static final class EchoServlet extends HttpServlet {
        private final String name;

        EchoServlet(String name) {
            this.name = name;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(name + " " + request.getPathInfo());
        }
    }
}
