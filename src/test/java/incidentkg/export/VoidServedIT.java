package incidentkg.export;

import incidentkg.server.IkgServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VoID description served by the real server next to /kg, for the hand-made sample. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoidServedIT {
    IkgServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start() {
        var dsg = Sample.dataset().asDatasetGraph();
        server = IkgServer.builder().dataset(dsg).port(0)
                .addServlet("/void", new VoidServlet(dsg, IkgServer.DEFAULT_NAME, VoidDescription.DEFAULT_LICENSE))
                .addServlet("/.well-known/void", new VoidServlet(dsg, IkgServer.DEFAULT_NAME, VoidDescription.DEFAULT_LICENSE))
                .build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    Model parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void servedAsTurtleWithTheHandCounts() throws Exception {
        HttpResponse<String> r = get("void", "text/turtle");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), r.headers().toString());
        Model m = parse(r, Lang.TURTLE);
        VoidDescriptionTest.assertSampleCounts(m);
        assertTrue(m.contains(m.createResource(VoidDescription.DATASET), m.createProperty(VoidDescription.VOID, "sparqlEndpoint"),
                              m.createResource(server.datasetURL() + "/sparql")), "the endpoint of this server");
        assertTrue(m.contains(m.createResource(VoidDescription.DATASET), m.createProperty("http://purl.org/dc/terms/license"),
                              m.createResource("https://spdx.org/licenses/GPL-3.0-or-later")));
    }

    @Test
    void alsoAtTheWellKnownPathAndAsJsonLd() throws Exception {
        HttpResponse<String> r = get(".well-known/void", "application/ld+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        VoidDescriptionTest.assertSampleCounts(parse(r, Lang.JSONLD));
        Model turtle = parse(get("void", "text/turtle"), Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(parse(get(".well-known/void", "*/*"), Lang.TURTLE)));
    }
}
