package org.cxworkbench.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.testing.TestStore;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Concurrent virtual users editing and reading one strategy through the REST API of {@code cxw serve}, on the
 * loopback interface only, for a bounded run (a number of iterations per user and a time limit, whichever
 * comes first).
 *
 * <p>Each user has its own HTTP client (its own connections), reads {@code GET /api/session} for the CSRF token,
 * then repeats: read the strategy, its status and the touchpoint list; change the description of its own
 * touchpoint; append a token of its own to the expectations of one touchpoint all users share. Every write names
 * the version it is based on; a 409 (someone else wrote first) makes the user read the element again and retry,
 * as a page does after "Reload". At the end the strategy file is loaded from disk with the real store and
 * checked: every user's last accepted description is there, and the shared list holds exactly the accepted
 * tokens, each once. Nothing is timed as a pass/fail criterion; the figures are printed.
 */
public final class WebLoad {

    /** What to run. */
    public record Settings(int users, int iterations, Duration limit, Duration thinkTime, int maxAttempts, long seed) {

        public Settings {
            if (users < 1 || iterations < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("users, iterations and attempts must be positive");
            }
        }
    }

    /** What happened. */
    public record Result(Settings settings, Duration wall, long requests, Map<String, Latencies> latencies,
            Map<Integer, Long> statuses, long conflicts, long acceptedOwn, long acceptedShared, long gaveUp,
            List<String> failures, List<String> lostUpdates, long fileBytes) {

        /** True if the file holds every accepted update and nothing else went wrong. */
        public boolean ok() {
            return lostUpdates.isEmpty() && failures.isEmpty();
        }

        public double requestsPerSecond() {
            return requests / (wall.toNanos() / 1e9);
        }
    }

    /** The elements the run edits. */
    public record Elements(List<String> own, String shared, List<String> sharedBefore) {
    }

    private static final Gson GSON = new Gson();
    private static final String NOUN = "touchpoint";

    private WebLoad() {
    }

    /**
     * Prepares the elements, runs the users against the server at {@code base} and verifies the saved file.
     *
     * @param file the strategy file the server saves {@code strategyId} to (read from disk at the end)
     */
    public static Result run(URI base, String strategyId, Path file, Settings settings) throws Exception {
        requireLoopback(base);
        return run(base, strategyId, file, settings, prepare(base, strategyId, settings.users()));
    }

    /** Runs the users on elements prepared before (by {@link #prepare}) and verifies the saved file. */
    static Result run(URI base, String strategyId, Path file, Settings settings, Elements prepared) throws Exception {
        requireLoopback(base);
        if (prepared.own().size() < settings.users()) {
            throw new IllegalArgumentException("prepared for " + prepared.own().size() + " users, not " + settings.users());
        }
        Elements elements = new Elements(prepared.own(), prepared.shared(), sharedList(base, strategyId, prepared.shared()));
        ExecutorService pool = Executors.newFixedThreadPool(settings.users(), r -> {
            Thread thread = new Thread(r, "virtual-user");
            thread.setDaemon(true);
            return thread;
        });
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            users.add(new VirtualUser(i, base, strategyId, elements.own().get(i), elements.shared(), settings));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (VirtualUser user : users) {
            running.add(pool.submit(() -> {
                start.await();
                user.run();
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<String> failures = new ArrayList<>();
        for (Future<?> future : running) {
            try {
                future.get(settings.limit().toSeconds() + 300, TimeUnit.SECONDS);
            } catch (Exception e) {
                failures.add("a virtual user failed: " + e);
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        pool.shutdownNow();

        Map<String, Latencies> latencies = new LinkedHashMap<>();
        for (String kind : List.of("all", "read", "  GET strategy", "  GET status", "  GET list", "  GET element",
                "  GET session", "write accepted", "write 409")) {
            latencies.put(kind, new Latencies());
        }
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        long requests = 0;
        long conflicts = 0;
        long acceptedOwn = 0;
        long acceptedShared = 0;
        long gaveUp = 0;
        for (VirtualUser user : users) {
            user.latencies.forEach((kind, values) -> {
                latencies.get(kind).addAll(values);
                if (kind.startsWith("  GET")) {
                    latencies.get("read").addAll(values);
                }
                latencies.get("all").addAll(values);
            });
            user.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
            requests += user.requests;
            conflicts += user.conflicts;
            acceptedOwn += user.acceptedOwn;
            acceptedShared += user.acceptedTokens.size();
            gaveUp += user.gaveUp;
            failures.addAll(user.failures);
        }
        List<String> lost = verify(file, elements, users);
        return new Result(settings, wall, requests, latencies, statuses, conflicts, acceptedOwn, acceptedShared,
                gaveUp, failures, lost, Files.size(file));
    }

    /** Adds one touchpoint per user and the shared one (sequentially, before the timed run). */
    public static Elements prepare(URI base, String strategyId, int users) throws Exception {
        Client client = new Client(base, "load-setup");
        client.session();
        List<String> own = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            own.add(add(client, strategyId, Map.of("name", String.format(Locale.ROOT, "Load test touchpoint %02d", i),
                    "description", "not edited yet")));
        }
        String shared = add(client, strategyId, Map.of("name", "Load test shared touchpoint",
                "expectations", List.of("start")));
        return new Elements(own, shared, List.of("start"));
    }

    /** The shared touchpoint's list as the server has it now. */
    private static List<String> sharedList(URI base, String strategyId, String shared) throws Exception {
        JsonObject item = new Client(base, "load-setup").json("GET",
                "/api/strategies/" + strategyId + "/entities/" + NOUN + "/" + shared, null, null).getAsJsonObject("item");
        List<String> list = new ArrayList<>();
        if (item.has("expectations") && item.get("expectations").isJsonArray()) {
            item.getAsJsonArray("expectations").forEach(e -> list.add(e.getAsString()));
        }
        return list;
    }

    private static String add(Client client, String strategyId, Map<String, Object> values) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            long version = client.json("GET", "/api/strategies/" + strategyId, null, null).get("version").getAsLong();
            Client.Answer added = client.send("POST", "/api/strategies/" + strategyId + "/entities/" + NOUN,
                    Map.of("values", values), version);
            if (added.status() == 201) {
                return added.json().getAsJsonObject("item").get("id").getAsString();
            }
            if (added.status() != 409) {
                throw new IllegalStateException("adding a touchpoint answered " + added.status() + " " + added.body());
            }
        }
        throw new IllegalStateException("could not add a touchpoint in 20 attempts");
    }

    /** Loads the file from disk and lists every accepted update that is not in it. */
    static List<String> verify(Path file, Elements elements, List<VirtualUser> users) throws Exception {
        Strategy strategy = TestStore.create().load(file);
        Map<String, Touchpoint> byId = new HashMap<>();
        strategy.getTouchpoints().forEach(t -> byId.put(t.getId(), t));
        List<String> lost = new ArrayList<>();
        for (VirtualUser user : users) {
            Touchpoint own = byId.get(user.ownId);
            if (own == null) {
                lost.add(user.name + ": its touchpoint " + user.ownId + " is not in the file");
            } else if (user.lastAccepted != null && !user.lastAccepted.equals(own.getDescription())) {
                lost.add(user.name + ": last accepted description '" + user.lastAccepted + "', the file holds '"
                        + own.getDescription() + "'");
            }
        }
        Touchpoint shared = byId.get(elements.shared());
        if (shared == null) {
            lost.add("the shared touchpoint " + elements.shared() + " is not in the file");
            return lost;
        }
        List<String> inFile = new ArrayList<>(shared.getExpectations());
        List<String> expected = new ArrayList<>(elements.sharedBefore());
        users.forEach(u -> expected.addAll(u.acceptedTokens));
        for (String token : expected) {
            if (!inFile.remove(token)) {
                lost.add("the accepted shared token '" + token + "' is not in the file");
            }
        }
        for (String extra : inFile) {
            lost.add("the file holds '" + extra + "', which no accepted write added (or it is there twice)");
        }
        if (shared.getExpectations().size() != expected.size()) {
            lost.add("the shared list holds " + shared.getExpectations().size() + " tokens, the accepted writes "
                    + expected.size());
        }
        return lost;
    }

    private static void requireLoopback(URI base) {
        String host = base.getHost();
        if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.startsWith("127."))) {
            throw new IllegalArgumentException("the load test only runs against the loopback interface, not " + base);
        }
    }

    /** One user with a browser of its own. */
    static final class VirtualUser {
        final String name;
        final String ownId;
        final Map<String, Latencies> latencies = new HashMap<>();
        final Map<Integer, Long> statuses = new HashMap<>();
        final List<String> acceptedTokens = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        String lastAccepted;
        long requests;
        long conflicts;
        long acceptedOwn;
        long gaveUp;

        private final int number;
        private final URI base;
        private final String strategy;
        private final String sharedId;
        private final Settings settings;
        private final Random random;

        VirtualUser(int number, URI base, String strategyId, String ownId, String sharedId, Settings settings) {
            this.number = number;
            this.name = String.format(Locale.ROOT, "user-%02d", number);
            this.base = base;
            this.strategy = "/api/strategies/" + strategyId;
            this.ownId = ownId;
            this.sharedId = sharedId;
            this.settings = settings;
            this.random = new Random(settings.seed() + number);
            for (String kind : List.of("  GET strategy", "  GET status", "  GET list", "  GET element",
                    "  GET session", "write accepted", "write 409")) {
                latencies.put(kind, new Latencies());
            }
        }

        void run() {
            long deadline = System.nanoTime() + settings.limit().toNanos();
            try {
                Client client = new Client(base, name, this);
                client.session();
                for (int i = 0; i < settings.iterations() && System.nanoTime() < deadline; i++) {
                    client.json("GET", strategy, null, null);
                    client.json("GET", strategy + "/status", null, null);
                    client.json("GET", strategy + "/entities/" + NOUN, null, null);
                    think();
                    String description = name + " edit " + i;
                    if (edit(client, ownId, element -> Map.of("description", description), deadline)) {
                        lastAccepted = description;
                        acceptedOwn++;
                    }
                    think();
                    String token = String.format(Locale.ROOT, "u%02d-%d", number, i);
                    if (edit(client, sharedId, element -> {
                        List<String> list = new ArrayList<>();
                        JsonElement current = element.get("expectations");
                        if (current != null && current.isJsonArray()) {
                            for (JsonElement e : current.getAsJsonArray()) {
                                list.add(e.getAsString());
                            }
                        }
                        list.add(token);
                        return Map.of("expectations", list);
                    }, deadline)) {
                        acceptedTokens.add(token);
                    }
                    think();
                }
            } catch (Exception e) {
                failures.add(name + ": " + e);
            }
        }

        /** Reads the element and writes the change based on what it read; after a 409 reads again and retries. */
        private boolean edit(Client client, String id, java.util.function.Function<JsonObject, Map<String, Object>> change,
                long deadline) throws Exception {
            String path = strategy + "/entities/" + NOUN + "/" + id;
            for (int attempt = 0; attempt < settings.maxAttempts(); attempt++) {
                JsonObject shown = client.json("GET", path, null, null);
                long version = shown.get("version").getAsLong();
                Client.Answer answer = client.send("PATCH", path, Map.of("values", change.apply(shown.getAsJsonObject("item"))),
                        version);
                if (answer.status() == 200) {
                    return true;
                }
                if (answer.status() != 409) {
                    throw new IllegalStateException("PATCH " + path + " answered " + answer.status() + " " + answer.body());
                }
                if (System.nanoTime() > deadline + TimeUnit.SECONDS.toNanos(30)) {
                    break;
                }
                think(); // a person reads the conflict notice and reloads before trying again
            }
            gaveUp++;
            return false;
        }

        private void think() throws InterruptedException {
            long mean = settings.thinkTime().toMillis();
            if (mean > 0) {
                Thread.sleep((long) (random.nextDouble() * 2 * mean));
            }
        }

        void record(String method, String path, int status, long nanos) {
            requests++;
            statuses.merge(status, 1L, Long::sum);
            String kind = !method.equals("GET") ? status == 409 ? "write 409" : "write accepted"
                    : path.endsWith("/status") ? "  GET status"
                    : path.endsWith("/entities/" + NOUN) ? "  GET list"
                    : path.contains("/entities/") ? "  GET element"
                    : path.endsWith("/session") ? "  GET session" : "  GET strategy";
            if (status == 409) {
                conflicts++;
            }
            latencies.get(kind).add(nanos);
        }
    }

    /** A browser's connection to the API: its own HTTP client, the CSRF token, the user's name. */
    static final class Client {
        record Answer(int status, String body) {
            JsonObject json() {
                return JsonParser.parseString(body).getAsJsonObject();
            }
        }

        private final URI base;
        private final String user;
        private final VirtualUser recorder;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;

        Client(URI base, String user) {
            this(base, user, null);
        }

        Client(URI base, String user, VirtualUser recorder) {
            this.base = base;
            this.user = user;
            this.recorder = recorder;
        }

        void session() throws Exception {
            csrf = json("GET", "/api/session", null, null).get("csrfToken").getAsString();
        }

        JsonObject json(String method, String path, Object body, Long version) throws Exception {
            Answer answer = send(method, path, body, version);
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.status() + " " + answer.body());
            }
            return answer.json();
        }

        Answer send(String method, String path, Object body, Long version) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json").header("X-CXW-User", user)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(GSON.toJson(body), StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (!method.equals("GET")) {
                request.header("X-CSRF-Token", csrf);
            }
            if (version != null) {
                request.header("X-CXW-Version", String.valueOf(version));
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t0;
            if (recorder != null) {
                recorder.record(method, path, response.statusCode(), nanos);
            }
            return new Answer(response.statusCode(), response.body());
        }
    }

    /** Prints the figures of a run. */
    public static void print(Result result, java.io.PrintStream out) {
        Settings s = result.settings();
        out.printf(Locale.ROOT, "users: %d, iterations per user: at most %d, time limit %d s, think time %d ms (mean)%n",
                s.users(), s.iterations(), s.limit().toSeconds(), s.thinkTime().toMillis());
        out.printf(Locale.ROOT, "run: %.1f s wall, %,d requests, %.0f requests/s%n", result.wall().toNanos() / 1e9,
                result.requests(), result.requestsPerSecond());
        out.printf(Locale.ROOT, "statuses: %s; 409 conflicts: %,d (each followed by a re-read and retry)%n",
                result.statuses(), result.conflicts());
        out.printf(Locale.ROOT, "accepted edits: own %,d, shared %,d; edits given up after %d attempts: %,d%n",
                result.acceptedOwn(), result.acceptedShared(), s.maxAttempts(), result.gaveUp());
        out.printf(Locale.ROOT, "%-16s %8s %9s %9s %9s %9s %9s%n", "round trip (ms)", "count", "mean", "p50", "p95",
                "p99", "max");
        result.latencies().forEach((kind, l) -> out.printf(Locale.ROOT, "%-16s %8d %9.1f %9.1f %9.1f %9.1f %9.1f%n",
                kind, l.count(), l.meanMillis(), l.percentileMillis(0.50), l.percentileMillis(0.95),
                l.percentileMillis(0.99), l.maxMillis()));
        out.printf(Locale.ROOT, "strategy file after the run: %,d bytes%n", result.fileBytes());
        if (result.lostUpdates().isEmpty()) {
            out.println("no lost update: every user's last accepted description and every accepted shared token "
                    + "is in the file reloaded from disk, nothing else was added");
        } else {
            out.println("LOST UPDATES (" + result.lostUpdates().size() + "):");
            result.lostUpdates().stream().limit(50).forEach(l -> out.println("  " + l));
        }
        result.failures().stream().limit(20).forEach(f -> out.println("FAILURE: " + f));
    }

    /**
     * {@code WebLoad [--users 50] [--seconds 30] [--iterations N] [--think-ms 0] [--attempts 200] [--cxw PATH]
     * [--example DIR]}: copies the example folder, starts {@code cxw serve} on it (loopback, a free port), runs
     * the users, stops the server, verifies the file and prints the figures. Exit 1 on a lost update.
     */
    public static void main(String[] args) throws Exception {
        int users = 50;
        int seconds = 30;
        int iterations = Integer.MAX_VALUE;
        int thinkMs = 0;
        int attempts = 200;
        int warmup = 10;
        Path cxw = Path.of("product/org.cxworkbench.product/cxw");
        Path example = Path.of("examples/acme");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--think-ms" -> thinkMs = Integer.parseInt(args[++i]);
                case "--attempts" -> attempts = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--cxw" -> cxw = Path.of(args[++i]);
                case "--example" -> example = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: WebLoad [--users N] [--seconds N] [--iterations N] [--think-ms N] "
                            + "[--attempts N] [--warmup SECONDS] [--cxw PATH] [--example DIR]");
                    System.exit(2);
                }
            }
        }
        Settings settings = new Settings(users, iterations, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMs),
                attempts, 20261123L);
        Path folder = Files.createTempDirectory("cxw-web-load-");
        try (var files = Files.list(example)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path file = folder.resolve("acme.cxs");
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"));
        Strategy before = TestStore.create().load(file);
        System.out.printf(Locale.ROOT, "input: %s copied to %s: %,d bytes, %d goals, %d touchpoints, %d personas, "
                + "%d journeys, %d tactics%n", example, file, Files.size(file), before.getGoals().size(),
                before.getTouchpoints().size(), before.getPersonas().size(), before.getJourneys().size(),
                before.getTactics().size());
        boolean ok;
        Server server = Server.start(cxw.toAbsolutePath(), folder);
        Thread stopOnExit = new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit); // also stops the server on Ctrl-C
        try {
            long serverPid = server.pid();
            System.out.println("server: " + server.base + " (cxw serve, loopback only, pid " + serverPid + ")");
            Elements elements = prepare(server.base, "acme", users);
            if (warmup > 0) {
                // the server's JIT compiles the hot paths during the first seconds; those are not measured
                Result warm = run(server.base, "acme", file, new Settings(users, iterations, Duration.ofSeconds(warmup),
                        settings.thinkTime(), attempts, settings.seed() + 1), elements);
                System.out.printf(Locale.ROOT, "warm-up (not measured): %,d requests in %.1f s, %s%n", warm.requests(),
                        warm.wall().toNanos() / 1e9, warm.ok() ? "no lost update" : "LOST UPDATES " + warm.lostUpdates());
                if (!warm.ok()) {
                    print(warm, System.out);
                }
            }
            String loadBefore = loadAverage();
            double serverCpu = cpuSeconds(serverPid);
            double clientCpu = clientCpuSeconds();
            Result result = run(server.base, "acme", file, settings, elements);
            serverCpu = cpuSeconds(serverPid) - serverCpu;
            clientCpu = clientCpuSeconds() - clientCpu;
            print(result, System.out);
            double wall = result.wall().toNanos() / 1e9;
            System.out.printf(Locale.ROOT, "CPU used during the measured run (incl. verifying): server %.1f s, "
                    + "load generator %.1f s, of %.1f s wall x %d cores; load average before %s, after %s%n",
                    serverCpu, clientCpu, wall, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            ok = result.ok();
            double beforeTouchpoints = before.getTouchpoints().size();
            System.out.printf(Locale.ROOT, "the strategy had %d touchpoints before, %d with the load test's own%n",
                    (int) beforeTouchpoints, (int) beforeTouchpoints + users + 1);
        } finally {
            server.close();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** User + system CPU seconds of a process, from /proc (Linux); NaN elsewhere. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double clientCpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** {@code cxw serve FOLDER --port 0} of the exported product. */
    static final class Server implements AutoCloseable {
        final Process process;
        final URI base;

        private Server(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        long pid() {
            return process.descendants().findFirst().map(ProcessHandle::pid).orElse(process.pid());
        }

        static Server start(Path cxw, Path folder) throws Exception {
            Path log = folder.resolve(".cxw-serve.log");
            ProcessBuilder builder = new ProcessBuilder("bash", cxw.toString(), "serve", folder.toString(), "--port", "0")
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("CXW_WEB_TOKEN");
            builder.environment().put("CXW_PLUGINS", folder.resolve(".plugins").toString());
            Process process = builder.start();
            process.getOutputStream().close();
            java.util.regex.Pattern address = java.util.regex.Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/)");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                String printed = Files.readString(log);
                var matcher = address.matcher(printed);
                if (matcher.find()) {
                    return new Server(process, URI.create(matcher.group(1)));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("cxw serve exited: " + printed);
                }
                Thread.sleep(100);
            }
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new IllegalStateException("cxw serve printed no address within 120 s: " + Files.readString(log));
        }

        @Override
        public synchronized void close() throws Exception {
            if (!process.isAlive()) {
                return;
            }
            // the script runs java as its child: stop the JVM, then the script removes its framework storage
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            for (ProcessHandle child : children) {
                try {
                    child.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    child.destroyForcibly();
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
