package io.github.suanzhang.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools Protocol client for the browser tests: starts headless Chromium with a
 * debugging port on 127.0.0.1, connects to its page over a WebSocket (the JDK's), sends commands and
 * waits for their answers. Nothing is fetched from the network: the pages are local files.
 */
final class Cdp implements Closeable {
    private static final ObjectMapper M = new ObjectMapper();
    private final Process process;
    private final WebSocket ws;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

    private Cdp(Process process, WebSocket ws) {
        this.process = process;
        this.ws = ws;
    }

    static Cdp start(Path chromium, Path dir) throws Exception {
        Path profile = dir.resolve("cdp-profile");
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("cdp-chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.nanoTime() > until || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not open its debugging port: " + Files.readString(dir.resolve("cdp-chromium.log")));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String wsUrl = null;
        for (int i = 0; i < 50 && wsUrl == null; i++) {
            JsonNode list = M.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : list) {
                if (t.path("type").asText().equals("page")) {
                    wsUrl = t.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (wsUrl == null) {
                Thread.sleep(100);
            }
        }
        if (wsUrl == null) {
            p.destroyForcibly();
            throw new IOException("no page target");
        }
        Cdp[] self = new Cdp[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String msg = partial.toString();
                    partial.setLength(0);
                    try {
                        JsonNode n = M.readTree(msg);
                        if (n.has("id") && self[0] != null) {
                            CompletableFuture<JsonNode> f = self[0].waiting.remove(n.get("id").asInt());
                            if (f != null) {
                                f.complete(n);
                            }
                        }
                    } catch (IOException e) {
                        // not ours
                    }
                }
                w.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Cdp(p, ws);
        return self[0];
    }

    /** Sends a command and returns its {@code result}; an error answer is an exception. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = M.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", M.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        waiting.put(id, f);
        ws.sendText(M.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
        JsonNode answer = f.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Evaluates a script expression in the page (promises awaited) and returns its value. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Opens a URL and waits until the report's script says it is ready. */
    void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete' && document.documentElement.dataset.ready === '1'");
    }

    /** Waits (up to 20 s) until {@code condition} is true in the page. */
    void waitFor(String condition) throws Exception {
        waitFor(condition, 20);
    }

    /** Waits (up to {@code seconds}) until {@code condition} is true in the page. */
    void waitFor(String condition, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonNode v;
            try {
                v = eval("!!(" + condition + ")");
            } catch (IOException e) {
                v = null; // navigating
            }
            if (v != null && v.asBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                String state;
                try {
                    state = eval("document.getElementById('results') ? document.getElementById('results').textContent.slice(0, 300) : ''").asText();
                } catch (IOException e) {
                    state = e.toString();
                }
                throw new IOException("timed out waiting for: " + condition + " (results: " + state + ")");
            }
            Thread.sleep(100);
        }
    }

    /** A PNG of the whole page at {@code width} CSS pixels. */
    byte[] screenshot(int width) throws Exception {
        int height = eval("Math.ceil(document.documentElement.scrollHeight)").asInt();
        height = Math.max(600, Math.min(height, 4000));
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        JsonNode r = send("Page.captureScreenshot", Map.of("format", "png"));
        return java.util.Base64.getDecoder().decode(r.path("data").asText());
    }

    @Override
    public void close() {
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
