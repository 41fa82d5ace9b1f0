package incidentkg.web;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from Java): navigate,
 * evaluate JavaScript, click and type with real input events, take screenshots, and record every
 * JavaScript dialog (alert, confirm, prompt) that opens, which it then dismisses.
 */
final class Chrome implements AutoCloseable {
    static final Path BINARY = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 30;
    private static final Gson GSON = new Gson();

    private final Process process;
    private final WebSocket ws;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger loads = new AtomicInteger();
    private volatile String session;

    private Chrome(Process process, String wsUrl) {
        this.process = process;
        this.ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(wsUrl), new Listener()).join();
    }

    /** Starts Chromium with a fresh profile in {@code profile} and opens one page. */
    static Chrome start(Path profile) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY))
            throw new IllegalStateException(BINARY + " not found: install Debian's chromium (apt-get install -y chromium chromium-driver)");
        Files.createDirectories(profile);
        List<String> cmd = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=1400,1000", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        List<String> lines = List.of();
        while (System.nanoTime() < until) {
            if (!p.isAlive())
                throw new IllegalStateException("chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            if (Files.exists(portFile)) {
                lines = Files.readAllLines(portFile);
                if (lines.size() >= 2)
                    break;
            }
            Thread.sleep(50);
        }
        if (lines.size() < 2) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium gave no DevTools port within " + TIMEOUT_SECONDS + " s");
        }
        Chrome c = new Chrome(p, "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        c.openPage();
        return c;
    }

    private void openPage() {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").getAsString();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").getAsString();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Sends a command to the page and waits for its result. */
    JsonObject send(String method, Map<String, ?> params) {
        return call(session, method, params);
    }

    private JsonObject call(String sessionId, String method, Map<String, ?> params) {
        CompletableFuture<JsonObject> f = callAsync(sessionId, method, params);
        try {
            JsonObject resp = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (resp.has("error"))
                throw new IllegalStateException(method + ": " + resp.get("error"));
            return resp.has("result") ? resp.getAsJsonObject("result") : new JsonObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        }
    }

    private CompletableFuture<JsonObject> callAsync(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.addProperty("id", id);
        msg.addProperty("method", method);
        msg.add("params", GSON.toJsonTree(params));
        if (sessionId != null)
            msg.addProperty("sessionId", sessionId);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        synchronized (ws) {
            ws.sendText(msg.toString(), true).join();
        }
        return f;
    }

    /** Opens a URL and waits until the page has loaded. */
    void open(String url) {
        int before = loads.get();
        JsonObject r = send("Page.navigate", Map.of("url", url));
        if (r.has("errorText"))
            throw new IllegalStateException("cannot open " + url + ": " + r.get("errorText"));
        waitForLoad(before);
    }

    /** Runs JavaScript in the page (promises awaited) and returns its value as JSON. */
    JsonElement eval(String expression) {
        JsonObject r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails"))
            throw new IllegalStateException("script failed: " + expression + "\n" + r.get("exceptionDetails"));
        JsonObject result = r.getAsJsonObject("result");
        return result.has("value") ? result.get("value") : null;
    }

    String evalString(String expression) {
        JsonElement e = eval(expression);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** Waits until the JavaScript condition is true; fails after 30 s. */
    void waitFor(String condition) {
        waitUntil(() -> {
            JsonElement e = eval("!!(" + condition + ")");
            return e != null && e.getAsBoolean();
        }, condition);
    }

    private void waitUntil(BooleanSupplier ok, String what) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < until) {
            if (ok.getAsBoolean())
                return;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("still not true after " + TIMEOUT_SECONDS + " s: " + what);
    }

    private void waitForLoad(int before) {
        waitUntil(() -> loads.get() > before, "page load");
        waitFor("document.readyState === 'complete'");
    }

    /** The centre of the first box of the element the CSS selector finds, scrolled into view. */
    double[] centre(String selector) {
        JsonElement e = eval("(() => { const el = document.querySelector(" + GSON.toJson(selector) + ");"
                + " if (!el) return null; el.scrollIntoView({block: 'center'});"
                + " const r = el.getClientRects()[0] || el.getBoundingClientRect();"
                + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
        if (e == null || e.isJsonNull())
            throw new AssertionError("no element " + selector + " on " + evalString("location.href"));
        return new double[] {e.getAsJsonArray().get(0).getAsDouble(), e.getAsJsonArray().get(1).getAsDouble()};
    }

    /** Clicks with the mouse at a point of the viewport. */
    void clickAt(double x, double y) {
        send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /** Clicks the element the CSS selector finds. */
    void click(String selector) {
        double[] c = centre(selector);
        clickAt(c[0], c[1]);
    }

    /** Clicks the element and waits for the page it opens. */
    void clickAndWait(String selector) {
        int before = loads.get();
        click(selector);
        waitForLoad(before);
    }

    /** Clicks a point and waits for the page it opens. */
    void clickAtAndWait(double x, double y) {
        int before = loads.get();
        clickAt(x, y);
        waitForLoad(before);
    }

    /** Types text into the focused element, as the keyboard would. */
    void type(String text) {
        send("Input.insertText", Map.of("text", text));
    }

    /** Presses Enter and waits for the page it opens. */
    void enterAndWait() {
        int before = loads.get();
        send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13, "nativeVirtualKeyCode", 13, "text", "\r"));
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13, "nativeVirtualKeyCode", 13));
        waitForLoad(before);
    }

    /** Writes a PNG of the whole page (up to 8000 px high). */
    void screenshot(Path png) throws IOException {
        JsonObject m = send("Page.getLayoutMetrics", Map.of());
        JsonObject size = m.getAsJsonObject("cssContentSize");
        double w = Math.max(1, size.get("width").getAsDouble()), h = Math.min(8000, Math.max(1, size.get("height").getAsDouble()));
        JsonObject r = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").getAsString()));
    }

    /** Writes a PNG of what the window shows now. */
    void screenshotViewport(Path png) throws IOException {
        JsonObject r = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").getAsString()));
    }

    /** The messages of every JavaScript dialog that opened so far. */
    List<String> dialogs() {
        synchronized (dialogs) {
            return List.copyOf(dialogs);
        }
    }

    /** Uncaught script errors and console errors seen so far. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        try {
            callAsync(null, "Browser.close", Map.of()).get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser may close the socket before answering
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void onMessage(String text) {
        JsonObject msg = JsonParser.parseString(text).getAsJsonObject();
        if (msg.has("id")) {
            CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsInt());
            if (f != null)
                f.complete(msg);
            return;
        }
        String method = msg.has("method") ? msg.get("method").getAsString() : "";
        JsonObject params = msg.has("params") ? msg.getAsJsonObject("params") : new JsonObject();
        switch (method) {
            case "Page.loadEventFired" -> loads.incrementAndGet();
            case "Page.javascriptDialogOpening" -> {
                dialogs.add(params.get("type").getAsString() + ": " + params.get("message").getAsString());
                callAsync(session, "Page.handleJavaScriptDialog", Map.of("accept", true));
            }
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.getAsJsonObject("exceptionDetails"));
            case "Log.entryAdded" -> {
                JsonObject entry = params.getAsJsonObject("entry");
                if ("error".equals(entry.get("level").getAsString()))
                    errors.add("log: " + entry.get("text").getAsString()
                            + (entry.has("url") ? " " + entry.get("url").getAsString() : ""));
            }
            default -> { }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    onMessage(text);
                } catch (RuntimeException e) {
                    errors.add("driver: " + e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
