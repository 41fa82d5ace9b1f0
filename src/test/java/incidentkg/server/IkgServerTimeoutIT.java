package incidentkg.server;

import static incidentkg.server.ServerTestLib.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A query that would run for ages is stopped by the query timeout, and the server answers other
 * clients while it runs. Nothing here measures time: the test asserts the refusal, the other answer
 * and that the two requests were in the server together.
 */
@Timeout(120)
class IkgServerTimeoutIT {

    private static final int TRIPLES = 3000;
    /** 3000^4 rows to count: never finishes on its own. */
    private static final String CROSS_JOIN = """
        SELECT (COUNT(*) AS ?slowMarker) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }
        """;
    private static final String COUNT = "SELECT (COUNT(*) AS ?fastMarker) { ?s ?p ?o }";

    private final InFlightProbe probe = new InFlightProbe();
    private IkgServer server;

    @BeforeEach
    void start() {
        server = IkgServer.builder()
            .dataset(bigDataset())
            .port(0)
            .queryTimeout(2000)
            .addFilter("/kg/*", probe)
            .build()
            .start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void pathologicalQueryIsStoppedWhileOthersAreAnswered() throws Exception {
        String endpoint = server.datasetURL() + "/sparql";
        CompletableFuture<HttpResponse<String>> slow = sendAsync(queryRequest(endpoint, CROSS_JOIN));
        assertTrue(probe.slowStarted.await(30, TimeUnit.SECONDS), "slow query never reached the server");

        HttpResponse<String> fast = query(endpoint, COUNT);
        assertEquals(200, fast.statusCode(), fast.body());
        assertEquals(List.of(Integer.toString(TRIPLES)), csvRows(fast));
        assertEquals(2, probe.inFlightWhenFastArrived, "the slow query had finished before the other one arrived");

        HttpResponse<String> stopped = slow.get(60, TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("timed out"), stopped.body());

        // Still serving afterwards.
        assertEquals(List.of(Integer.toString(TRIPLES)), csvRows(query(endpoint, COUNT)));
    }

    private static DatasetGraph bigDataset() {
        StringBuilder trig = new StringBuilder();
        for (int g = 0; g < 3; g++) {
            trig.append("GRAPH <").append(RES).append("article/big").append(g).append("> {\n");
            for (int i = 0; i < TRIPLES / 3; i++)
                trig.append("<http://example.org/s").append(g).append('-').append(i).append("> <http://example.org/p> ").append(i).append(" .\n");
            trig.append("}\n");
        }
        return load(TDB2Factory.createDataset().asDatasetGraph(), trig.toString());
    }

    /** Notes when the slow query arrives and how many requests are in the server when the fast one does. */
    private static final class InFlightProbe implements Filter {
        final AtomicInteger inFlight = new AtomicInteger();
        final CountDownLatch slowStarted = new CountDownLatch(1);
        volatile int inFlightWhenFastArrived = -1;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String qs = ((HttpServletRequest) request).getQueryString();
            int now = inFlight.incrementAndGet();
            try {
                if (qs != null && qs.contains("fastMarker") && inFlightWhenFastArrived < 0)
                    inFlightWhenFastArrived = now;
                if (qs != null && qs.contains("slowMarker"))
                    slowStarted.countDown();
                chain.doFilter(request, response);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
