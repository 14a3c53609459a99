package vn.thidua.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients that each post one request after another until a deadline, timing every answer. */
final class LoadRun {

    /** What one run of the clients measured. */
    record Result(int requests, double seconds, long[] latenciesNanos, Map<String, Integer> failures) {

        int errors() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        String table(String target, int clients, int plannedSeconds) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            StringBuilder text = new StringBuilder();
            text.append(String.format("load: POST %s/api/evaluations, %d clients for %d s (single-dossier requests, each stored)%n",
                    target, clients, plannedSeconds));
            text.append(String.format("%10s %12s %10s %10s %10s %10s %8s%n", "requests", "requests/s", "p50 ms", "p90 ms", "p99 ms",
                    "max ms", "errors"));
            text.append(String.format("%10d %12.1f %10.1f %10.1f %10.1f %10.1f %8d", requests, requests / seconds,
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors()));
            failures.forEach((kind, count) -> text.append(String.format("%n  %s: %d", kind, count)));
            return text.toString();
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    private final URI uri;
    private final String authorization;
    private final List<byte[]> bodies;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LoadRun(URI uri, String authorization, List<byte[]> bodies) {
        this.uri = uri;
        this.authorization = authorization;
        this.bodies = bodies;
    }

    Result drive(int clients, Duration duration) throws Exception {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c);
            futures.add(pool.submit(() -> client.run(deadline)));
        }
        List<long[]> latencies = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        int requests = 0;
        for (Future<Client> future : futures) {
            Client client = future.get();
            requests += client.count;
            latencies.add(Arrays.copyOf(client.latencies, client.count));
            client.failures.forEach((kind, n) -> failures.merge(kind, n, Integer::sum));
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(requests, seconds, all, failures);
    }

    /** One client: its own latencies and failures, posting the bodies in turn from its own offset. */
    private final class Client {

        private final int offset;
        private long[] latencies = new long[1024];
        private int count;
        private final Map<String, Integer> failures = new TreeMap<>();

        Client(int offset) {
            this.offset = offset;
        }

        Client run(long deadline) {
            while (System.nanoTime() < deadline) {
                byte[] body = bodies.get((offset + count) % bodies.size());
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                long sent = System.nanoTime();
                String failure = null;
                try {
                    HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 201) {
                        failure = "HTTP " + response.statusCode();
                    }
                } catch (IOException e) {
                    failure = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return this;
                }
                record(System.nanoTime() - sent);
                if (failure != null) {
                    failures.merge(failure, 1, Integer::sum);
                }
            }
            return this;
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
