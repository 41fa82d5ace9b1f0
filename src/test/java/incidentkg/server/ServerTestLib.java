package incidentkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import com.google.gson.JsonParser;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Test data and plain HTTP calls for the server tests. */
final class ServerTestLib {
    private ServerTestLib() {}

    static final String RES = "https://w3id.org/incidentkg/resource/";
    static final String ARTICLE_1 = RES + "article/a1";
    static final String ARTICLE_2 = RES + "article/a2";
    static final String INCIDENT_1 = RES + "incident/i1";
    static final String INCIDENT_2 = RES + "incident/i2";

    /** Two articles' graphs, two triples each; nothing in the default graph. */
    static final String SAMPLE_TRIG = """
        PREFIX ikg:  <https://w3id.org/incidentkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        GRAPH <https://w3id.org/incidentkg/resource/article/a1> {
            <https://w3id.org/incidentkg/resource/incident/i1> a ikg:Attack ;
                rdfs:label "Attack on the hotel"@en .
        }
        GRAPH <https://w3id.org/incidentkg/resource/article/a2> {
            <https://w3id.org/incidentkg/resource/incident/i2> a ikg:Raid ;
                rdfs:label "Raid on the flat"@en .
        }
        """;

    /** A new in-memory TDB2 dataset holding {@link #SAMPLE_TRIG}. */
    static DatasetGraph sampleDataset() {
        return load(TDB2Factory.createDataset().asDatasetGraph(), SAMPLE_TRIG);
    }

    static DatasetGraph load(DatasetGraph dsg, String trig) {
        Txn.executeWrite(dsg, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dsg));
        return dsg;
    }

    static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    // A new client per request: after a refusal, Jetty may close a connection whose request body
    // it did not read, and a pooled client would then fail the next request on it.
    static HttpClient client() {
        return HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    static HttpRequest queryRequest(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(query)))
            .header("Accept", "text/csv")
            .GET().build();
    }

    /** GET a query; results as CSV (lines end in CRLF). */
    static HttpResponse<String> query(String endpoint, String query) {
        return send(queryRequest(endpoint, query));
    }

    /** POST a query as an HTML form would. */
    static HttpResponse<String> queryPost(String endpoint, String query) {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
            .header("Accept", "text/csv")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query)))
            .build());
    }

    /** POST a SPARQL Update; {@code userPassword} "user:password" or null for none. */
    static HttpResponse<String> update(String endpoint, String update, String userPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update));
        if (userPassword != null)
            b.header("Authorization", basic(userPassword));
        return send(b.build());
    }

    /** PUT Turtle; {@code userPassword} "user:password" or null for none. */
    static HttpResponse<String> put(String url, String turtle, String userPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        if (userPassword != null)
            b.header("Authorization", basic(userPassword));
        return send(b.build());
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Runs an ASK query (GET, JSON results). */
    static boolean ask(String endpoint, String query) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(query)))
            .header("Accept", "application/sparql-results+json")
            .GET().build());
        if (r.statusCode() != 200)
            throw new AssertionError("ASK failed: " + r.statusCode() + " " + r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("boolean").getAsBoolean();
    }

    /** CSV rows (without the header), sorted. */
    static List<String> csvRows(HttpResponse<String> response) {
        List<String> lines = response.body().lines().skip(1).sorted().toList();
        return lines;
    }

    /**
     * Sends {@code GET target} over a plain socket, byte for byte, and returns the whole response.
     * HttpClient would not send some of the request targets a path traversal test needs.
     */
    static String rawGet(int port, String target) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The status code of a raw HTTP response. */
    static int rawStatus(String response) {
        String statusLine = response.lines().findFirst().orElse("");
        String[] parts = statusLine.split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }

    /** Counts the requests that pass through it. */
    static final class CountingFilter implements Filter {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            count.incrementAndGet();
            chain.doFilter(request, response);
        }
    }
}
