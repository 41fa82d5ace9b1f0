package incidentkg.link;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real Fuseki on a free port serving Wikidata-shaped test data at {@code /wd/sparql}, recording the
 * User-Agent of every request it receives. The items are made up for the tests (Q-IDs from Q900000 up);
 * only the shape (rdfs:label, skos:altLabel, wdt:P31, wdt:P279, wdt:P17, wdt:P625, wdt:P1082) is Wikidata's.
 */
final class WikidataFixture implements AutoCloseable {
    static final String PREFIXES = """
        PREFIX wd: <http://www.wikidata.org/entity/>
        PREFIX wdt: <http://www.wikidata.org/prop/direct/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX geo: <http://www.opengis.net/ont/geosparql#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        """;

    final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final FusekiServer server;

    private WikidataFixture(FusekiServer server) {
        this.server = server;
    }

    static WikidataFixture start(String turtle) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(dsg.getDefaultGraph()));
        WikidataFixture[] self = new WikidataFixture[1];
        Filter record = new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
                String ua = ((HttpServletRequest) req).getHeader("User-Agent");
                self[0].userAgents.add(ua == null ? "" : ua);
                chain.doFilter(req, resp);
            }
        };
        FusekiServer server = FusekiServer.create().port(0).loopback(true).verbose(false)
                .add("/wd", dsg).addFilter("/*", record).build();
        self[0] = new WikidataFixture(server);
        server.start();
        return self[0];
    }

    String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wd/sparql";
    }

    int requests() {
        return userAgents.size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
