package incidentkg.link;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A SPARQL endpoint used politely: every request names the project in its User-Agent, requests are spaced
 * by at least the delay, a "429 Too Many Requests" or "503" with a short Retry-After is waited out once, and
 * every answer is cached on disk (one SPARQL JSON results file per endpoint and query text) so that the
 * same question is never asked twice unless a refresh is asked for.
 */
public final class PoliteEndpoint {
    /** The User-Agent of every request. */
    public static final String USER_AGENT = "IncidentKG/" + version()
            + " (https://w3id.org/incidentkg; link command: entity reconciliation)";
    /** Longest Retry-After that is waited out, in seconds. */
    static final long MAX_RETRY_AFTER_SECONDS = 60;

    private final String url;
    private final Path cacheDir;
    private final long delayMillis;
    private final boolean refresh;
    private final HttpClient http;
    private long lastRequestNanos = Long.MIN_VALUE;
    private int requests;
    private int cacheHits;

    /**
     * @param url         the SPARQL endpoint
     * @param cacheDir    where answers are cached, or null for no cache
     * @param delayMillis the least time between two requests
     * @param refresh     ask again even when an answer is cached (and cache the new answer)
     */
    public PoliteEndpoint(String url, Path cacheDir, long delayMillis, boolean refresh) {
        if (delayMillis < 0)
            throw new IllegalArgumentException("negative delay: " + delayMillis);
        URI uri = URI.create(url);
        if (uri.getScheme() == null || !uri.getScheme().matches("https?"))
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        this.url = url;
        this.cacheDir = cacheDir;
        this.delayMillis = delayMillis;
        this.refresh = refresh;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                              .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String url() { return url; }

    /** Requests sent so far. */
    public int requests() { return requests; }

    /** Answers read from the cache so far. */
    public int cacheHits() { return cacheHits; }

    /**
     * The answer to a SELECT query, from the cache or the endpoint.
     *
     * @throws LinkException when the endpoint cannot be reached or does not answer with results
     */
    public ResultSetRewindable select(String query) {
        Path cached = cacheDir == null ? null : cacheDir.resolve(key(query) + ".srj");
        if (cached != null && !refresh && Files.isRegularFile(cached)) {
            try {
                ResultSetRewindable rs = parse(Files.readAllBytes(cached));
                cacheHits++;
                return rs;
            } catch (IOException | RuntimeException e) {
                // an unreadable cache file is asked again below
            }
        }
        byte[] body = fetch(query);
        ResultSetRewindable rs;
        try {
            rs = parse(body);
        } catch (RuntimeException e) {
            throw new LinkException(url + ": the answer is not SPARQL JSON results (" + e.getMessage() + ")", e);
        }
        if (cached != null)
            store(cached, body);
        return rs;
    }

    private byte[] fetch(String query) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        for (int attempt = 0; ; attempt++) {
            pause();
            HttpResponse<byte[]> resp;
            try {
                requests++;
                resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new LinkException(url + ": unreachable (" + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkException(url + ": interrupted", e);
            } finally {
                lastRequestNanos = System.nanoTime();
            }
            int status = resp.statusCode();
            if (status == 200)
                return resp.body();
            long retryAfter = resp.headers().firstValue("Retry-After").map(PoliteEndpoint::seconds).orElse(-1L);
            if ((status == 429 || status == 503) && attempt == 0 && retryAfter >= 0
                    && retryAfter <= MAX_RETRY_AFTER_SECONDS) {
                sleep(retryAfter * 1000);
                continue;
            }
            throw new LinkException(url + ": HTTP " + status);
        }
    }

    private void pause() {
        if (lastRequestNanos == Long.MIN_VALUE)
            return;
        long waited = (System.nanoTime() - lastRequestNanos) / 1_000_000;
        if (waited < delayMillis)
            sleep(delayMillis - waited);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted", e);
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ResultSetRewindable parse(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        return rs.rewindable();
    }

    private void store(Path file, byte[] body) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "answer", ".tmp");
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkException(file + ": cannot write the cache (" + e.getMessage() + ")", e);
        }
    }

    /** The cache key of a query to this endpoint: SHA-256 of the URL and the query text. */
    String key(String query) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(url.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version() {
        String v = PoliteEndpoint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
