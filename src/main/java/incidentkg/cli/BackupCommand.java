package incidentkg.cli;

import incidentkg.store.Backup;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code backup [--store DIR | --endpoint URL] --output FILE}: a consistent N-Quads snapshot. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Write a consistent snapshot of a store, or of a running server, as N-Quads (gzip when FILE ends in .gz).",
        description = {"The snapshot is read in one transaction, so it holds every article whole or not at all, "
                + "even while articles are being loaded. A store that a running 'serve' holds cannot be opened by "
                + "another process: back it up through the server with --endpoint."},
        footer = {"", "Exit status: 0 written, 1 failed (no file is left under FILE), 2 bad usage."})
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "TDB2 store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A running server's dataset URL instead of a store, e.g. http://localhost:3030/kg.")
    String endpoint;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", required = true,
            description = "The snapshot file, e.g. kg-2026-01-31.nq.gz.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--store"))
            throw new CommandLine.ParameterException(spec.commandLine(), "give --store or --endpoint, not both");
        long start = System.nanoTime();
        long n;
        String what;
        if (endpoint != null) {
            what = endpoint;
            n = fromEndpoint();
        } else {
            what = store.toString();
            n = fromStore();
        }
        spec.commandLine().getOut().printf("backup: %d quads from %s to %s (%d bytes, %.1f s)%n", n, what, output,
                Files.size(output), (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private long fromStore() {
        DatasetGraph dsg = StoreOptions.existing(store, "if a server holds it, use --endpoint");
        try {
            return Backup.write(dsg, output);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** The whole dataset from the server's Graph Store endpoint {@code /get}, read there in one transaction. */
    private long fromEndpoint() throws Exception {
        String url = endpoint.replaceAll("/+$", "") + "/get";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/n-quads").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() != 200 || !type.startsWith("application/n-quads"))
                throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + type
                        + " (want 200 application/n-quads)");
            return Backup.copy(body, output);
        }
    }
}
