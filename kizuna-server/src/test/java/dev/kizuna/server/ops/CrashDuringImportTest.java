package dev.kizuna.server.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.server.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server in a child JVM (embedded H2 file database) is killed with SIGKILL while an import's
 * transaction is open; after a restart the versions are exactly those from before and still load,
 * and imports work again.
 */
class CrashDuringImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("analyst:analyst-dev".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopServers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void killDuringImportLeavesThePreviousVersionsIntact() throws Exception {
        int port = freePort();
        Path log1 = dir.resolve("first.log");
        Process first = start(port, log1, "--kizuna.import-commit-delay=120s");
        awaitLog(log1, "Kizuna is running at", first);
        JsonNode before = versions(port);
        assertThat(before).hasSize(1);

        byte[] zip = TestDatasets.zip(TestDatasets.edit(TestDatasets.seed(), "kizuna.yaml",
                text -> text.replace("(illustrative)", "(illustrative, crash test)")));
        CompletableFuture<HttpResponse<String>> upload = http.sendAsync(multipart(port, zip),
                HttpResponse.BodyHandlers.ofString());
        awaitLog(log1, "import transaction open", first);
        first.destroyForcibly();
        assertThat(first.waitFor()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(upload).failsWithin(Duration.ofSeconds(10));

        Path log2 = dir.resolve("second.log");
        Process second = start(port, log2);
        awaitLog(log2, "Kizuna is running at", second);
        JsonNode after = versions(port);
        assertThat(after).isEqualTo(before);
        HttpResponse<String> dashboard = http.send(get(port, "/api/versions/" + after.get(0).get("id").asLong()
                + "/dashboard"), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);

        HttpResponse<String> again = http.send(multipart(port, zip), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(versions(port)).hasSize(2);
        second.destroy();
        assertThat(second.waitFor()).as("a graceful stop on SIGTERM").isIn(0, 143);
    }

    private Process start(int port, Path log, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.kizuna.server.KizunaServer",
                "--port", Integer.toString(port), "--data-dir", dir.resolve("data").toString(),
                "--server.address=127.0.0.1", "--logging.structured.format.console="));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static void awaitLog(Path log, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped before '" + text + "':\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' in the server log:\n" + Files.readString(log));
    }

    private JsonNode versions(int port) throws Exception {
        HttpResponse<String> response = http.send(get(port, "/api/versions"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpRequest multipart(int port, byte[] zip) throws IOException {
        String boundary = "kizuna" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/versions"))
                .header("Authorization", AUTH).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(180)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
