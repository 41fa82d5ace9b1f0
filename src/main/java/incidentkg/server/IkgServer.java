package incidentkg.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The IncidentKG SPARQL server: an embedded Fuseki serving one dataset, read-only unless users
 * are configured.
 * <p>
 * Endpoints, for the default name {@code /kg}:
 * <ul>
 * <li>{@code /kg/sparql} and {@code /kg/query}: SPARQL query (GET and POST);</li>
 * <li>{@code /kg/get}: Graph Store Protocol read ({@code ?default}, {@code ?graph=IRI});</li>
 * <li>only with users: {@code /kg/update} (SPARQL Update) and {@code /kg/data} (Graph Store
 *     read-write), both behind HTTP Basic authentication;</li>
 * <li>{@code /$/ping} (unless turned off), {@code /$/stats} (only when turned on), static files
 *     and extra servlets when configured.</li>
 * </ul>
 * The default graph seen by queries and by {@code /kg/get?default} is the union of the named
 * graphs. Queries stop after the query timeout. {@code SERVICE} may only call the endpoints on the
 * allow-list, which is empty unless configured.
 * <p>
 * {@link Builder#build()} records these settings (union default graph, timeout, SERVICE
 * registry) in the dataset's {@link Context}, so they also hold for other code that queries the
 * same dataset object.
 * <pre>
 *   IkgServer server = IkgServer.builder().dataset(dsg).port(3030).build().start();
 *   System.out.println(server.url());
 * </pre>
 */
public final class IkgServer {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_NAME = "/kg";
    public static final long DEFAULT_QUERY_TIMEOUT_MILLIS = 30_000;
    /** The Wikidata query service, a typical entry for {@link Builder#allowService(String)}. */
    public static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";
    /** HTTP authentication realm of the write endpoints. */
    public static final String REALM = "IncidentKG";
    /** Response buffer per request; Jetty's buffer pool keeps buffers up to 64 KB for reuse. */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final String name;
    private final boolean writable;

    private IkgServer(FusekiServer fuseki, String host, int requestedPort, String name, boolean writable) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
        this.name = name;
        this.writable = writable;
    }

    /** A builder with the defaults: port 3030, host 127.0.0.1, name /kg, read-only, 30 s timeout. */
    public static Builder builder() {
        return new Builder();
    }

    /** Test shortcut: a read-only server for {@code dsg} on {@code port} (0 = any free port). */
    public static IkgServer make(int port, DatasetGraph dsg) {
        return builder().port(port).dataset(dsg).build();
    }

    /** Starts serving in the background and returns this server. */
    public IkgServer start() {
        fuseki.start();
        return this;
    }

    /** Stops serving; the dataset stays open. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port in use once started; before, the configured port (0 = any free port). */
    public int port() {
        int actual = fuseki.getHttpPort();
        return actual > 0 ? actual : requestedPort;
    }

    /** The address the server listens on, e.g. {@code 127.0.0.1}. */
    public String host() {
        return host;
    }

    /** The server's base URL, ending in "/", e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://" + urlHost(host) + ":" + port() + "/";
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetURL() {
        return url() + name.substring(1);
    }

    /** The dataset name, e.g. {@code /kg}. */
    public String name() {
        return name;
    }

    /** Whether SPARQL Update and Graph Store write are served (only with users). */
    public boolean isWritable() {
        return writable;
    }

    /** The underlying Fuseki server, for tests. */
    FusekiServer fusekiServer() {
        return fuseki;
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"))
            return "127.0.0.1";
        if (host.contains(":") && !host.startsWith("["))
            return "[" + host + "]";
        return host;
    }

    /** Collects the settings of an {@link IkgServer}; {@link #build()} checks them. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private String name = DEFAULT_NAME;
        private long queryTimeoutMillis = DEFAULT_QUERY_TIMEOUT_MILLIS;
        private final Map<String, String> users = new LinkedHashMap<>();
        private final List<Path> credentialsFiles = new ArrayList<>();
        private final Set<String> allowedServices = new LinkedHashSet<>();
        private Path staticFolder;
        private String staticClasspath;
        private boolean ping = true;
        private boolean stats = false;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();

        private Builder() {}

        /**
         * The dataset to serve (required). The union default graph of queries is TDB2's
         * {@code unionDefaultGraph} setting, so it needs a TDB2 dataset; {@code /kg/get?default}
         * gives the union for any dataset.
         */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The port, 0 for any free port; default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The address to listen on; default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank())
                throw new IllegalArgumentException("empty host");
            this.host = host.strip();
            return this;
        }

        /** The dataset name in URLs; default {@code /kg}. */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name");
            String n = name.startsWith("/") ? name : "/" + name;
            if (n.length() < 2 || n.indexOf('/', 1) >= 0 || n.startsWith("/$"))
                throw new IllegalArgumentException("bad dataset name: " + name);
            this.name = n;
            return this;
        }

        /** Stops any query running longer than this; default 30 000 ms. */
        public Builder queryTimeout(long millis) {
            if (millis <= 0)
                throw new IllegalArgumentException("query timeout must be positive: " + millis);
            this.queryTimeoutMillis = millis;
            return this;
        }

        /** Adds a user who may write; with any user, /update and /data are served behind Basic auth. */
        public Builder credentials(String user, String password) {
            ServerUser u = new ServerUser(user, password);
            users.put(u.name(), u.password());
            return this;
        }

        /** Adds the users of a credentials file (see {@link ServerUser#readFile}), read by {@link #build()}. */
        public Builder credentialsFile(Path file) {
            credentialsFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Allows {@code SERVICE <endpointURL>} (exact match); none is allowed by default. */
        public Builder allowService(String endpointURL) {
            Objects.requireNonNull(endpointURL, "endpointURL");
            if (endpointURL.isBlank())
                throw new IllegalArgumentException("empty SERVICE URL");
            allowedServices.add(endpointURL.strip());
            return this;
        }

        /** Serves the files of a folder at "/" (replaces any classpath base). */
        public Builder staticFiles(Path folder) {
            this.staticFolder = Objects.requireNonNull(folder, "folder");
            this.staticClasspath = null;
            return this;
        }

        /** Serves a classpath folder, e.g. {@code "incidentkg/web"}, at "/" (replaces any folder base). */
        public Builder staticClasspath(String resourceFolder) {
            Objects.requireNonNull(resourceFolder, "resourceFolder");
            this.staticClasspath = resourceFolder.replaceAll("^/+", "");
            this.staticFolder = null;
            return this;
        }

        /** Serves {@code /$/ping} (default true). */
        public Builder ping(boolean on) {
            this.ping = on;
            return this;
        }

        /** Serves {@code /$/stats} (default false). */
        public Builder stats(boolean on) {
            this.stats = on;
            return this;
        }

        /**
         * Adds a servlet, e.g. at {@code "/resource/*"} or {@code "/ui/*"} ({@code ""} is the root
         * page). The path must not start with the dataset name; {@code "/"} belongs to the static files.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            Objects.requireNonNull(pathSpec, "pathSpec");
            Objects.requireNonNull(servlet, "servlet");
            if (servlets.containsKey(pathSpec))
                throw new IllegalArgumentException("servlet path already taken: " + pathSpec);
            servlets.put(pathSpec, servlet);
            return this;
        }

        /** Adds a servlet filter, run before Fuseki's dispatch. */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.add(Map.entry(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(filter, "filter")));
            return this;
        }

        /**
         * Checks the settings, records the query settings in the dataset's context and builds the
         * server (not started).
         *
         * @throws IllegalStateException when a setting is missing or inconsistent
         * @throws IllegalArgumentException when a credentials file is malformed
         */
        public IkgServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset");
            for (String path : servlets.keySet()) {
                if (path.equals("/") || path.equals("/*"))
                    throw new IllegalStateException("servlet path " + path + " is taken by the static files");
                if (path.startsWith(name))
                    throw new IllegalStateException("servlet path " + path + " starts with the dataset name " + name);
            }
            Map<String, String> allUsers = new LinkedHashMap<>(users);
            for (Path file : credentialsFiles)
                ServerUser.readFile(file).forEach(u -> allUsers.put(u.name(), u.password()));
            String staticBase = staticBase();

            configureDataset(dataset.getContext());

            FusekiServer.Builder fb = FusekiServer.create()
                .port(port)
                .verbose(false)
                .enablePing(ping)
                .enableStats(stats)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .registerOperation(Operation.Query, new ActionQuery())
                .registerOperation(Operation.GSP_R, new GSPReadUnionDefault());

            DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
            boolean writable = !allUsers.isEmpty();
            if (writable) {
                var policy = Auth.policyAllowSpecific(allUsers.keySet());
                service.addEndpoint(Operation.Update, "update", policy)
                       .addEndpoint(Operation.GSP_RW, "data", policy);
                UserStore userStore = new UserStore();
                allUsers.forEach((user, password) -> JettySecurityLib.addUser(userStore, user, password));
                fb.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, userStore, AuthScheme.BASIC));
            }
            fb.add(name, service);

            if (staticBase != null)
                fb.staticFileBase(staticBase);
            servlets.forEach(fb::addServlet);
            filters.forEach(f -> fb.addFilter(f.getKey(), f.getValue()));

            FusekiServer fuseki = fb.build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
                // Fuseki asks for a 5 MB response buffer. That is larger than any buffer Jetty's pool keeps,
                // so every response allocated and zeroed a fresh 5 MB direct buffer: about 20 ms a request,
                // and requests queued behind each other. A buffer the pool can reuse costs nothing.
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null)
                    http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
            }
            if (staticBase != null) {
                // No directory listings.
                ServletContextHandler.getServletContextHandler(fuseki.getServletContext())
                    .setInitParameter(DefaultServlet.CONTEXT_INIT + "dirAllowed", "false");
            }
            return new IkgServer(fuseki, host, port, name, writable);
        }

        private void configureDataset(Context cxt) {
            cxt.set(TDB2.symUnionDefaultGraph, true);
            cxt.set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
            cxt.set(ARQ.httpServiceAllowed, !allowedServices.isEmpty());
            ServiceExecutorRegistry.set(cxt, new ServiceAllowList(allowedServices).registry());
        }

        private String staticBase() {
            if (staticFolder != null) {
                if (!Files.isDirectory(staticFolder))
                    throw new IllegalStateException("static folder is not a directory: " + staticFolder);
                return staticFolder.toAbsolutePath().normalize().toString();
            }
            if (staticClasspath != null) {
                URL url = IkgServer.class.getClassLoader().getResource(staticClasspath);
                if (url == null)
                    throw new IllegalStateException("static classpath folder not found: " + staticClasspath);
                if (url.getProtocol().equals("jar"))
                    return url.toString();
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException | IllegalArgumentException ex) {
                    throw new IllegalStateException("static classpath folder not usable: " + url, ex);
                }
            }
            return null;
        }
    }
}
