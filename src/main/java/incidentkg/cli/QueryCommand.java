package incidentkg.cli;

import incidentkg.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code query [--store DIR | --endpoint URL] [--format table|csv|json] FILE.rq}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL query file against the store or a SPARQL endpoint and print the results.")
public final class QueryCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { table, csv, json }

    @Mixin
    StoreOptions options;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://localhost:3030/kg/sparql.")
    String endpoint;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        if (endpoint != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                print(qe, query, out);
            }
            return 0;
        }
        try (Store store = Store.open(options.store, options.knowledge())) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                    print(qe, query, out);
                }
            });
        }
        return 0;
    }

    private void print(QueryExecution qe, Query query, PrintWriter out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                default -> ResultSetFormatter.out(bytes, rs, query);
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            out.println(b);
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(bytes, m, format == Format.json ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
