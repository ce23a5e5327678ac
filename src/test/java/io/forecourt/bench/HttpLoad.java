package io.forecourt.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP/1.1 load generator for the benchmarks: each client holds one keep-alive
 * connection with TCP_NODELAY and writes every request in a single write, as wrk does. The JDK's
 * HttpURLConnection sends a POST's headers and body in two writes, and on loopback that stalled every
 * POST on Nagle and delayed ACKs: a trivial POST endpoint measured 4x slower than the same GET, which
 * made any POST endpoint look slow. Counts 2xx as ok and keeps per-request latencies. Two modes: for a
 * time ({@link #run}, throughput of a repeatable request) or each request once ({@link #each}).
 */
public final class HttpLoad {

    /** One request; {@code body} may be null. Headers are extra lines such as "Authorization: Basic ...". */
    public record Request(String method, String path, byte[] body, List<String> headers) {
        public static Request get(String path) {
            return new Request("GET", path, null, List.of());
        }

        public static Request postJson(String path, String json, String... headers) {
            return new Request("POST", path, json.getBytes(StandardCharsets.UTF_8), List.of(headers));
        }

        byte[] bytes(String host) {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append("\r\nAccept: application/json\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            if (body == null) {
                return h;
            }
            byte[] all = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            return all;
        }
    }

    /** Requests per second, 2xx answers, others, latency of the 2xx ones, and the count per status. */
    public record Result(double requestsPerSecond, long ok, long failed, BenchReport.Stats latency,
                         Map<Integer, Integer> statuses) {
    }

    private HttpLoad() {
    }

    /**
     * Runs {@code clients} connections for {@code warmup} untimed, then {@code measure} timed;
     * client {@code c} sends {@code requests.apply(c * 1_000_003 + i)} as its i-th request.
     */
    public static Result run(int port, int clients, Duration warmup, Duration measure, IntFunction<Request> requests)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean measuring = new AtomicBoolean();
        long[] window = new long[2];
        return load(port, clients, (client, i) -> stop.get() ? null : requests.apply(client * 1_000_003 + i),
                measuring::get, () -> {
                    Thread.sleep(warmup.toMillis());
                    measuring.set(true);
                    window[0] = System.nanoTime();
                    Thread.sleep(measure.toMillis());
                    measuring.set(false);
                    window[1] = System.nanoTime();
                    stop.set(true);
                }, window);
    }

    /** Sends every request once, spread over {@code clients} connections, all timed (accepts: each quote once). */
    public static Result each(int port, int clients, List<Request> requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] window = {System.nanoTime(), 0};
        Result r = load(port, clients, (client, i) -> {
            int k = next.getAndIncrement();
            return k < requests.size() ? requests.get(k) : null;
        }, () -> true, () -> {
        }, window);
        return r;
    }

    private interface Source {
        Request next(int client, int i);
    }

    private interface Pause {
        void run() throws InterruptedException;
    }

    /** Each client sends {@code source}'s requests until it answers null; counts those sent while {@code timed}. */
    private static Result load(int port, int clients, Source source, java.util.function.BooleanSupplier timed,
            Pause whileRunning, long[] window) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Map<Integer, Integer> statuses = new HashMap<>();
            counts.add(statuses);
            futures.add(pool.submit(() -> {
                long[] nanos = new long[1 << 16];
                int n = 0;
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
                    for (int i = 0;; i++) {
                        Request r = source.next(client, i);
                        if (r == null) {
                            break;
                        }
                        byte[] request = r.bytes("localhost:" + port);
                        long t = System.nanoTime();
                        out.write(request);
                        out.flush();
                        int status = readResponse(in);
                        long took = System.nanoTime() - t;
                        if (!timed.getAsBoolean()) {
                            continue;
                        }
                        statuses.merge(status, 1, Integer::sum);
                        if (status / 100 != 2) {
                            continue;
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = took;
                    }
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        whileRunning.run();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        if (window[1] == 0) {
            window[1] = System.nanoTime();
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        counts.forEach(m -> m.forEach((k, v) -> statuses.merge(k, v, Integer::sum)));
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        long answered = statuses.values().stream().mapToLong(Integer::longValue).sum();
        return new Result(merged.length / ((window[1] - window[0]) / 1e9), merged.length, answered - merged.length,
                merged.length == 0 ? null : BenchReport.Stats.of(merged), statuses);
    }

    /** Reads one response (Content-Length or chunked body) and returns its status. */
    static int readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                s = 1;
            }
            n -= s;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                buf.write(b);
            }
        }
        return buf.toString(StandardCharsets.US_ASCII);
    }
}
