package incidentkg.cli;

import incidentkg.export.VoidDescription;
import incidentkg.export.VoidServlet;
import incidentkg.rules.KnowledgeBase;
import incidentkg.server.IkgServer;
import incidentkg.server.ServerUser;
import incidentkg.store.Store;
import incidentkg.web.Web;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code serve [--store DIR] [--port N] [--load PATH...]}: loads, then serves Fuseki until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Optionally load articles, then serve the store with Fuseki (/kg) and the web pages until stopped; "
                + "read-only unless --credentials-file names users who may write.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Mixin
    LimitOptions limits;

    @Mixin
    ThreadOptions threads;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--load", paramLabel = "PATH", arity = "1..*", description = "Article files or folders to load first.")
    List<Path> load = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "30000",
            description = "Query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "SPARQL endpoint that SERVICE may call (repeatable; default: none).")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "Users who may write (one 'name: password' a line): serves SPARQL Update at /kg/update and "
                    + "Graph Store writes at /kg/data behind HTTP Basic authentication (default: read-only).")
    Path credentialsFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var articleLimits = limits.limits(spec.commandLine());
        int n = threads.threads(spec.commandLine());
        boolean perThread = threads.perThread(spec.commandLine(), n);
        if (credentialsFile != null)
            ServerUser.readFile(credentialsFile); // a bad file fails now, before any loading
        KnowledgeBase kb = options.knowledge();
        Store store = Store.open(options.store, kb);
        int failed = load.isEmpty() ? 0
                : Loading.load(store, kb, options.maxBytes, articleLimits, n, perThread, 1, load, spec.commandLine().getOut(),
                               spec.commandLine().getErr());
        IkgServer.Builder b = IkgServer.builder().dataset(store.dataset().asDatasetGraph()).port(port).host(host)
                .queryTimeout(timeout);
        for (String url : allowService)
            b.allowService(url);
        if (credentialsFile != null)
            b.credentialsFile(credentialsFile);
        // the VoID/DCAT description of the served dataset
        b.addServlet("/void", new VoidServlet(store.dataset().asDatasetGraph(), IkgServer.DEFAULT_NAME,
                                              VoidDescription.DEFAULT_LICENSE))
         .addServlet("/.well-known/void", new VoidServlet(store.dataset().asDatasetGraph(), IkgServer.DEFAULT_NAME,
                                                          VoidDescription.DEFAULT_LICENSE));
        // the linked-data pages: resources, incidents, entities, articles, search, graph, query editor
        Web.mount(b, store.dataset().asDatasetGraph());
        IkgServer server = b.build().start();
        spec.commandLine().getOut().println("serving " + server.datasetURL() + " (SPARQL at " + server.datasetURL()
                + "/sparql; pages at " + server.url() + "; VoID at " + server.url() + "void)"
                + (failed > 0 ? "; " + failed + " article(s) failed to load" : ""));
        spec.commandLine().getOut().flush();
        server.join();
        return 0;
    }
}
