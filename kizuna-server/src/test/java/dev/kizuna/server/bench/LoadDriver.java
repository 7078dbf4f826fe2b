package dev.kizuna.server.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark driver (not a test): N concurrent clients request the dashboard and assess endpoints of
 * a running server and report latency percentiles. Bounded in requests and in time, and it only
 * talks to loopback addresses.
 *
 * <pre>
 * java -cp kizuna-server/target/test-classes dev.kizuna.server.bench.LoadDriver \
 *      [--url http://127.0.0.1:8080] [--clients 50] [--requests 5000] [--max-seconds 120] [--user viewer:viewer-dev]
 *
 * Each client logs in once through the login form and keeps its session, as a browser does.
 * </pre>
 */
public final class LoadDriver {
    private static final List<String> PATHS = List.of("/api/versions/latest/dashboard", "/api/versions/latest/assess");

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080";
        int clients = 50;
        int requests = 5000;
        int maxSeconds = 120;
        String user = "viewer:viewer-dev";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--max-seconds" -> maxSeconds = Integer.parseInt(args[i + 1]);
                case "--user" -> user = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        URI base = URI.create(url);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the load driver only targets loopback addresses, not " + base.getHost());
        }
        // each client logs in once with the form, like a browser, and then uses its session cookie:
        // HTTP Basic on every request would measure bcrypt, not the server
        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(login(base, user));
        }
        for (String path : PATHS) {
            // warm-up: JIT, caches, connections; not measured
            run(sessions, base, path, clients, 3000, 30);
            Result result = run(sessions, base, path, clients, requests, maxSeconds);
            System.out.println(result.describe(path, clients));
        }
        System.exit(0);
    }

    private static HttpClient login(URI base, String user) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(base.resolve("/login.html")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
        String[] credentials = user.split(":", 2);
        String form = "username=" + URLEncoder.encode(credentials[0], StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(credentials[1], StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
        }
        return http;
    }

    record Result(long[] nanos, int errors, double seconds) {
        String describe(String path, int clients) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format("%-36s clients=%d requests=%d errors=%d %.0f req/s  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms"
                            + "  max=%.1f ms", path, clients, sorted.length, errors, sorted.length / seconds,
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private static Result run(List<HttpClient> sessions, URI base, String path, int clients, int requests,
                              int maxSeconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        long[] latencies = new long[requests];
        AtomicInteger recorded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient http = sessions.get(c);
            futures.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[recorded.getAndIncrement()] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(Arrays.copyOf(latencies, recorded.get()), errors.get(), seconds);
    }
}
