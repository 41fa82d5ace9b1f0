package incidentkg.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve --credentials-file}, run as its own process: writes need the credentials, reads do not. */
class ServeCommandIT {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";

    @TempDir
    Path dir;

    private Process serve;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.destroy();
            serve.waitFor();
        }
    }

    private String start(String... options) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(java.util.List.of(javaBin, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--store", dir.resolve("store").toString()));
        command.addAll(java.util.List.of(options));
        serve = new ProcessBuilder(command).redirectError(dir.resolve("serve.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = Pattern.compile("^serving (http://127\\.0\\.0\\.1:\\d+/kg) ").matcher(String.valueOf(line));
        assertTrue(m.find(), line + "; " + Files.readString(dir.resolve("serve.log")));
        return m.group(1);
    }

    private static int update(String dataset, String userPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dataset + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (userPassword != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String ask(String dataset) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + java.net.URLEncoder.encode("ASK { GRAPH ?g { <urn:s> <urn:p> <urn:o> } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body().strip();
    }

    @Test
    void readOnlyByDefault() throws Exception {
        String kg = start();
        assertEquals(404, update(kg, null));
        assertTrue(ask(kg).endsWith("false"), ask(kg));
    }

    @Test
    void credentialsFileOpensWritesToItsUsersOnly() throws Exception {
        Path users = Files.writeString(dir.resolve("users.txt"), "# who may write\neditor: s3cret\n");
        String kg = start("--credentials-file", users.toString());
        assertEquals(401, update(kg, null));
        assertEquals(401, update(kg, "editor:wrong"));
        assertTrue(ask(kg).endsWith("false"));
        assertEquals(204, update(kg, "editor:s3cret"));
        assertTrue(ask(kg).endsWith("true"), ask(kg));
    }
}
