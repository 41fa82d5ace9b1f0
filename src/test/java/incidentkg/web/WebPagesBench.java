package incidentkg.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark, not a test: loads the seed article into a fresh store, serves it, and times each page over
 * HTTP on loopback (5 warm-up requests, then 30 timed; median and 90th percentile). Run after
 * {@code mvn package}:
 * <pre>
 *   java -Xmx3g -cp 'target/test-classes:target/classes:target/lib/*' incidentkg.web.WebPagesBench
 * </pre>
 */
public final class WebPagesBench {
    private static final int WARMUP = 5, RUNS = 30;
    private static final String HOTEL = WebSeed.HOTEL_ATTACK.substring(WebSeed.RES.length());
    private static final List<String> PAGES = List.of("/", "/search?q=Bamako", "/suggest?q=bam",
            "/resource/" + HOTEL, "/resource/incident/2015-03-01-bamako-attack", "/resource/article/bamako-2015?mark=1146-1244",
            "/resource/organization/al-qaeda", "/resource/place/mali", "/resource/person/abdelhamid-abaaoud",
            "/resource/" + HOTEL + "?format=ttl", "/graph.json?focus=" + Links.enc(WebSeed.HOTEL_ATTACK), "/graph.json",
            "/timeline", "/query");

    private WebPagesBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ikg-bench");
        System.out.println("loading the seed article…");
        try (WebSeed seed = WebSeed.start(dir, WebSeed.SEED)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf(Locale.ROOT, "%8s %8s  %s%n", "median", "p90", "page (ms, " + RUNS + " requests)");
            for (String page : PAGES) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(seed.base() + page)).header("Accept", "text/html").build();
                for (int i = 0; i < WARMUP; i++)
                    http.send(req, HttpResponse.BodyHandlers.discarding());
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    if (r.statusCode() != 200)
                        throw new IllegalStateException(page + " gave " + r.statusCode());
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%8.1f %8.1f  %s%n", ms[RUNS / 2], ms[RUNS * 9 / 10], page);
            }
        }
    }
}
