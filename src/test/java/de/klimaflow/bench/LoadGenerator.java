package de.klimaflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load generator of src/bench/run.sh: drives a running klimaflow jar over loopback and prints and
 * stores each figure beside its baseline. Every loop is bounded in count and in time.
 *
 * <pre>
 * java -cp … LoadGenerator intake &lt;baseUrl&gt; &lt;user&gt; &lt;password&gt; &lt;count&gt; &lt;concurrency,…&gt;
 * java -cp … LoadGenerator pages  &lt;baseUrl&gt; &lt;count&gt; &lt;concurrency&gt;
 * java -cp … LoadGenerator crash  &lt;baseUrl&gt; &lt;count&gt; &lt;appPid&gt; &lt;ackFile&gt;
 * java -cp … LoadGenerator outage &lt;baseUrl&gt; &lt;seconds&gt; &lt;ackFile&gt;
 * java -cp … LoadGenerator costs  &lt;baseUrl&gt; &lt;user&gt; &lt;password&gt; &lt;count&gt; &lt;jdbcUrl&gt;
 * </pre>
 * Results are appended as JSON lines to target/bench/results.jsonl.
 */
public final class LoadGenerator {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SCENARIO_LIMIT = Duration.ofMinutes(4);
    /** Unmeasured requests of each kind before the first measured run: WARM_UP in the environment, 500 unless set. */
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "500"));

    private static final Path RESULTS = Path.of("target/bench/results.jsonl");
    private static final String WAIT_PROCESS = "bench-one-wait-state";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    final String base;

    LoadGenerator(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(RESULTS.getParent());
        LoadGenerator load = new LoadGenerator(args[1]);
        try {
            switch (args[0]) {
                case "intake" -> load.intake(args[2], args[3], Integer.parseInt(args[4]), args[5]);
                case "pages" -> load.pages(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                case "crash" -> load.crash(Integer.parseInt(args[2]), Long.parseLong(args[3]), Path.of(args[4]));
                case "outage" -> load.outage(Integer.parseInt(args[2]), Path.of(args[3]));
                case "costs" -> load.costs(args[2], args[3], Integer.parseInt(args[4]), args[5]);
                default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
            }
        } catch (Exception failed) {
            // the HTTP client's threads would keep a failed run alive; the bench must stop by itself
            failed.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** One measured run: throughput and latency of a number of requests at a concurrency. */
    record Run(
            String scenario,
            String name,
            int concurrency,
            int requests,
            int ok,
            int failed,
            double seconds,
            double perSecond,
            double p50,
            double p95,
            double p99) {}

    // --- scenario 1: registrations through the public API beside process starts through /engine-rest

    private void intake(String user, String password, int count, String concurrencies) throws Exception {
        Intake setup = intakeSetup(user, password);
        long eventId = setup.eventId();
        long partId = setup.partId();
        String auth = setup.auth();
        String runId = setup.runId();
        java.util.function.BiFunction<Integer, String, HttpResponse<String>> register = (i, round) -> registerByApi(
                eventId, partId, personName("Bench", i), "r" + i + "c" + round + "." + runId + "@bench.example");
        java.util.function.BiFunction<Integer, String, HttpResponse<String>> start =
                (i, round) -> startWaitProcess(auth, "b" + i + "c" + round + "." + runId);
        warmUp(WARM_UP, i -> register.apply(i, "0"));
        warmUp(WARM_UP, i -> start.apply(i, "0"));
        // the form's own code paths (its page, validation, redirect) get the same warm-up as the API's
        IntFunction<HttpResponse<String>> warmUpForm = loadedForms(eventId, partId, WARM_UP, "0." + runId);
        unmeasured(WARM_UP, warmUpForm::apply);
        String[] levels = concurrencies.split(",");
        for (int position = 0; position < levels.length; position++) {
            int concurrency = Integer.parseInt(levels[position].trim());
            // the round's own addresses and keys, so that a level may come twice
            String round = concurrency + "r" + position;
            settle(auth);
            Run api = measure(
                    "intake",
                    "POST /api/v1/events/{id}/registrations",
                    concurrency,
                    count,
                    i -> register.apply(i, round));
            settle(auth);
            Run engine = measure(
                    "intake",
                    "POST /engine-rest/…/start (one wait state)",
                    concurrency,
                    count,
                    i -> start.apply(i, round));
            System.out.printf(
                    Locale.ROOT,
                    "RATIO intake c=%d throughput %.2f (goal >= 0.7), p99 %.1f ms%n",
                    concurrency,
                    api.perSecond() / engine.perSecond(),
                    api.p99());
            settle(auth);
            Run form = formPosts(eventId, partId, concurrency, count, round + "." + runId);
            System.out.printf(
                    Locale.ROOT,
                    "RATIO intake form c=%d throughput %.2f (goal >= 0.7), p99 %.1f ms%n",
                    concurrency,
                    form.perSecond() / engine.perSecond(),
                    form.p99());
        }
    }

    /** What the intake and its cost count share: the open event's first part, the operator, the baseline's model. */
    private record Intake(long eventId, long partId, String auth, String runId) {}

    private Intake intakeSetup(String user, String password) throws Exception {
        JsonNode event = openEvent();
        String auth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        deployWaitProcess(auth);
        return new Intake(
                event.get("id").asLong(),
                event.get("parts").get(0).get("id").asLong(),
                auth,
                Long.toString(System.currentTimeMillis(), 36));
    }

    /** One registration through the public JSON API, for one part. */
    private HttpResponse<String> registerByApi(long eventId, long partId, String name, String email) {
        return post(
                "/api/v1/events/" + eventId + "/registrations",
                Map.of("Content-Type", "application/json", "Accept-Language", "de"),
                "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"OTHER\",\"parts\":[" + partId
                        + "],\"privacyConsent\":true}");
    }

    /** The baseline: one start of the one-wait-state process through /engine-rest. */
    private HttpResponse<String> startWaitProcess(String auth, String businessKey) {
        return post(
                "/engine-rest/process-definition/key/" + WAIT_PROCESS + "/start",
                Map.of("Content-Type", "application/json", "Authorization", auth),
                "{\"businessKey\":\"" + businessKey + "\"}");
    }

    /**
     * Waits (at most {@link #SETTLE_LIMIT}) until the app has no job due, so that each measured run starts from
     * the same state: otherwise the opt-in mails of the warm-up or of the run before take cores from the next run,
     * whichever side it measures. A run's own mails still go out during it.
     */
    private void settle(String auth) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        long start = System.nanoTime();
        double due = jobsDue(auth);
        while (due != 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            due = jobsDue(auth);
        }
        System.out.printf(
                Locale.ROOT,
                "settle: %.1f s until no job was due%s%n",
                (System.nanoTime() - start) / 1e9,
                due == 0 ? "" : " (still " + due + " due after " + SETTLE_LIMIT.toSeconds() + " s)");
    }

    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(2);

    /** The gauge klimaflow_engine_jobs_due of /actuator/prometheus; -1 when the app does not answer with it. */
    private double jobsDue(String auth) {
        HttpResponse<String> metrics = get("/actuator/prometheus", Map.of("Authorization", auth));
        return metrics.body()
                .lines()
                .filter(line -> line.startsWith("klimaflow_engine_jobs_due"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    /**
     * The HTML form's POST, as a browser sends it: each visitor first loads the form (its session, CSRF token
     * and time stamp; not measured), and the posts start once the form's minimum fill-in time has passed.
     * A registration is answered with a redirect to "received"; a refusal is a 4xx with the form.
     */
    private Run formPosts(long eventId, long partId, int concurrency, int count, String roundKey) throws Exception {
        return measure(
                "intake",
                "POST /veranstaltungen/{id}/anmelden (HTML form)",
                concurrency,
                count,
                loadedForms(eventId, partId, count, roundKey));
    }

    /** Loads count forms (not measured), waits out the fill-in time, and gives the post of the i-th one. */
    private IntFunction<HttpResponse<String>> loadedForms(long eventId, long partId, int count, String roundKey)
            throws Exception {
        String path = "/veranstaltungen/" + eventId + "/anmelden";
        java.util.concurrent.atomic.AtomicReferenceArray<String[]> visitors =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(count);
        unmeasured(count, i -> {
            HttpResponse<String> page = get(path, Map.of("Accept-Language", "de"));
            String cookie = String.join(
                    "; ",
                    page.headers().allValues("Set-Cookie").stream()
                            .map(c -> c.split(";", 2)[0])
                            .toList());
            visitors.set(i, new String[] {cookie, inputValue(page.body(), "_csrf"), inputValue(page.body(), "stamp")});
        });
        Thread.sleep(MIN_FILL_TIME.toMillis());
        return i -> {
            String[] visitor = visitors.get(i);
            if (visitor == null) {
                throw new IllegalStateException("form " + i + " was not loaded");
            }
            String body = "name=" + encoded(personName("Form", i)) + "&email="
                    + encoded("f" + i + "c" + roundKey + "@bench.example") + "&organisation=&role=OTHER&parts=" + partId
                    + "&needs=&privacyConsent=true"
                    + "&website=&stamp=" + encoded(visitor[2]) + "&_csrf=" + encoded(visitor[1]);
            return post(
                    path,
                    Map.of(
                            "Content-Type",
                            "application/x-www-form-urlencoded",
                            "Cookie",
                            visitor[0],
                            "Accept-Language",
                            "de"),
                    body);
        };
    }

    /** The form's minimum fill-in time (3 s) with a second to spare. */
    private static final Duration MIN_FILL_TIME = Duration.ofSeconds(4);

    /** The value of a form's input field, unescaped as far as the tokens need it. */
    static String inputValue(String html, String name) {
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>")
                .matcher(html);
        if (!tag.find()) {
            throw new IllegalStateException("the form has no field " + name);
        }
        java.util.regex.Matcher value =
                java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return value.find()
                ? value.group(1)
                        .replace("&#43;", "+")
                        .replace("&#47;", "/")
                        .replace("&#61;", "=")
                        .replace("&amp;", "&")
                : "";
    }

    static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The first event open for registration; asks again for up to 30 s while the app answers 503. */
    JsonNode openEvent() throws Exception {
        HttpResponse<String> events = get("/api/v1/events", Map.of());
        for (int again = 0; events.statusCode() == 503 && again < 30; again++) {
            Thread.sleep(1000);
            events = get("/api/v1/events", Map.of());
        }
        if (events.statusCode() != 200) {
            throw new IllegalStateException("the event list answered " + events.statusCode() + ": " + events.body());
        }
        for (JsonNode event : JSON.readTree(events.body())) {
            if (event.get("registrationOpen").asBoolean() && event.get("parts").size() > 0) {
                return event;
            }
        }
        throw new IllegalStateException("no event open for registration: " + events.body());
    }

    private void deployWaitProcess(String auth) throws Exception {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="bench" targetNamespace="https://klimaflow.de/bench">
                  <bpmn:process id="%s" name="Benchmark: ein Wartezustand" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:receiveTask id="Wait" name="Warten"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:receiveTask>
                    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(WAIT_PROCESS);
        String boundary = "bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"bench.bpmn\"; filename=\"bench.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = post(
                "/engine-rest/deployment/create",
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Authorization", auth),
                body);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("deployment failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    // --- what one registration costs the database, beside one bare process start (counts, not times)

    /**
     * Sequential API registrations (each with its opt-in mail), then as many bare starts through
     * {@code /engine-rest}; after each, the database's own counters (pg_stat_database) say how many transactions
     * and written rows each request cost. Counts do not depend on how fast the machine is.
     */
    private void costs(String user, String password, int count, String jdbcUrl) throws Exception {
        Intake setup = intakeSetup(user, password);
        long eventId = setup.eventId();
        long partId = setup.partId();
        String auth = setup.auth();
        String runId = setup.runId();
        IntFunction<HttpResponse<String>> register =
                i -> registerByApi(eventId, partId, personName("Cost", i), "k" + i + "." + runId + "@bench.example");
        IntFunction<HttpResponse<String>> start = i -> startWaitProcess(auth, "k" + i + "." + runId);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            warmUp(50, register);
            warmUp(50, start);
            long[] before = databaseCounters(db);
            costed(count, register);
            long[] registered = databaseCounters(db);
            costed(count, start);
            long[] started = databaseCounters(db);
            printCosts("POST /api/v1/events/{id}/registrations, with its opt-in mail", count, before, registered);
            printCosts("POST /engine-rest/…/start (one wait state)", count, registered, started);
        }
    }

    /** One request after the other, each answered 2xx; then time for the jobs they made and for the counters. */
    private void costed(int count, IntFunction<HttpResponse<String>> call) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> answer = call.apply(i);
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        // the opt-in mails leave within a second; PostgreSQL's backends report their counters within ten
        Thread.sleep(12_000);
    }

    /** Transactions (committed and rolled back) and rows inserted, updated, deleted of the bench's database. */
    private static long[] databaseCounters(java.sql.Connection db) throws java.sql.SQLException {
        try (java.sql.Statement query = db.createStatement();
                java.sql.ResultSet row =
                        query.executeQuery("select xact_commit + xact_rollback, tup_inserted, tup_updated,"
                                + " tup_deleted from pg_stat_database where datname = current_database()")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)};
        }
    }

    private static void printCosts(String name, int count, long[] from, long[] to) {
        double transactions = (to[0] - from[0] - 1) / (double) count;
        double inserted = (to[1] - from[1]) / (double) count;
        double updated = (to[2] - from[2]) / (double) count;
        double deleted = (to[3] - from[3]) / (double) count;
        System.out.printf(
                Locale.ROOT,
                "costs    %-60s %5d req   %5.2f transactions  rows: %5.2f inserted  %5.2f updated  %5.2f deleted%n",
                name,
                count,
                transactions,
                inserted,
                updated,
                deleted);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("scenario", "costs");
        line.put("name", name);
        line.put("requests", count);
        line.put("transactions", transactions);
        line.put("inserted", inserted);
        line.put("updated", updated);
        line.put("deleted", deleted);
        append(line);
    }

    // --- scenario 4: public pages beside a static file, and the answer to a conditional request

    private void pages(int count, int concurrency) throws Exception {
        long eventId = openEvent().get("id").asLong();
        String calendar = "/veranstaltungen";
        String eventPage = "/veranstaltungen/" + eventId;
        String etag = get(eventPage, Map.of()).headers().firstValue("ETag").orElse("");
        warmUp(WARM_UP, i -> get("/styles/portal.css", Map.of()));
        warmUp(WARM_UP, i -> get(i % 2 == 0 ? calendar : eventPage, Map.of()));
        Run staticFile = measure(
                "pages", "GET static file (baseline)", concurrency, count, i -> get("/styles/portal.css", Map.of()));
        Run list = measure("pages", "GET " + calendar, concurrency, count, i -> get(calendar, Map.of()));
        Run page = measure("pages", "GET /veranstaltungen/{id}", concurrency, count, i -> get(eventPage, Map.of()));
        Run conditional = measure(
                "pages",
                "GET /veranstaltungen/{id} If-None-Match (304)",
                concurrency,
                count,
                i -> get(eventPage, Map.of("If-None-Match", etag)));
        System.out.printf(
                Locale.ROOT,
                "RATIO pages calendar %.2f, event page %.2f, conditional %.2f of the static file (goal: >= 1000/s, p99 < 100 ms)%n",
                list.perSecond() / staticFile.perSecond(),
                page.perSecond() / staticFile.perSecond(),
                conditional.perSecond() / staticFile.perSecond());
    }

    // --- drills

    /** Registers count people; kills the app (kill -9) once half of them were acknowledged; notes every 2xx. */
    private void crash(int count, long appPid, Path ackFile) throws Exception {
        JsonNode event = openEvent();
        long eventId = event.get("id").asLong();
        long partId = event.get("parts").get(0).get("id").asLong();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        measure("drill", "registrations until kill -9", 16, count, i -> {
            String email = "crash" + i + "." + runId + "@bench.example";
            try {
                HttpResponse<String> answer = post(
                        "/api/v1/events/" + eventId + "/registrations",
                        Map.of("Content-Type", "application/json"),
                        "{\"name\":\"" + personName("Crash", i) + "\",\"email\":\"" + email
                                + "\",\"role\":\"OTHER\",\"parts\":[" + partId + "],\"privacyConsent\":true}");
                answers.put(email, answer.statusCode());
                if (answer.statusCode() / 100 == 2 && acknowledged.incrementAndGet() == count / 2) {
                    ProcessHandle.of(appPid).ifPresent(ProcessHandle::destroyForcibly);
                }
                return answer;
            } catch (RuntimeException e) {
                answers.put(email, 0);
                throw e;
            }
        });
        StringBuilder lines = new StringBuilder();
        answers.forEach((email, status) ->
                lines.append(email).append(' ').append(status).append('\n'));
        Files.writeString(ackFile, lines);
        System.out.println("crash drill: " + acknowledged.get() + " acknowledged, "
                + (answers.size() - acknowledged.get()) + " without 2xx; app killed");
    }

    /** Registers for the given seconds while the database goes away; counts answers by status. */
    private void outage(int seconds, Path ackFile) throws Exception {
        JsonNode event = openEvent();
        long eventId = event.get("id").asLong();
        long partId = event.get("parts").get(0).get("id").asLong();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        StringBuilder acked = new StringBuilder();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int i = 0;
        while (System.nanoTime() < end) {
            String email = "outage" + (i++) + "." + runId + "@bench.example";
            HttpResponse<String> answer;
            try {
                answer = post(
                        "/api/v1/events/" + eventId + "/registrations",
                        Map.of("Content-Type", "application/json"),
                        "{\"name\":\"Outage Test\",\"email\":\"" + email + "\",\"role\":\"OTHER\",\"parts\":[" + partId
                                + "],\"privacyConsent\":true}");
            } catch (RuntimeException e) {
                byStatus.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                continue;
            }
            byStatus.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger())
                    .incrementAndGet();
            if (answer.statusCode() / 100 == 2) {
                acked.append(email).append(" 201\n");
            } else if (answer.statusCode() == 503
                    && !answer.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
                problems.add("503 without problem+json");
            } else if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
                problems.add(answer.statusCode() + " " + answer.body());
            }
            Thread.sleep(50);
        }
        Files.writeString(ackFile, acked);
        System.out.println("outage drill answers by status: " + byStatus
                + (problems.isEmpty() ? "" : "; unexpected: " + problems.subList(0, Math.min(3, problems.size()))));
        append(Map.of(
                "scenario",
                "drill",
                "name",
                "answers during a database outage",
                "byStatus",
                byStatus.toString(),
                "unexpected",
                problems.size()));
    }

    /** A name the public form accepts: letters only, so the number is spelt in letters ("Bench Person bcd"). */
    static String personName(String prefix, int i) {
        StringBuilder letters = new StringBuilder();
        for (int n = i; ; n /= 26) {
            letters.insert(0, (char) ('a' + n % 26));
            if (n < 26) {
                break;
            }
        }
        return prefix + " Person " + letters;
    }

    // --- measuring

    /**
     * Sends requests that are not measured, so the figures show the app after the JIT compiler has done its
     * work (on 2 cores it otherwise takes a core for the first minute). Their indexes start at a million.
     */
    private void warmUp(int count, IntFunction<HttpResponse<String>> call) throws Exception {
        unmeasured(count, i -> call.apply(1_000_000 + i));
    }

    /** Runs count calls on 8 threads, bounded in time like a scenario; a failed call does not count. */
    private void unmeasured(int count, java.util.function.IntConsumer call) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + SCENARIO_LIMIT.toNanos();
        for (int w = 0; w < 8; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement();
                        i < count && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                    try {
                        call.accept(i);
                    } catch (RuntimeException ignored) {
                        // not measured
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(SCENARIO_LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
    }

    Run measure(String scenario, String name, int concurrency, int count, IntFunction<HttpResponse<String>> call)
            throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + SCENARIO_LIMIT.toNanos();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement();
                        i < count && System.nanoTime() < deadline;
                        i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> answer = call.apply(i);
                        statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                        // 302 is the HTML form's answer to a registration
                        if (answer.statusCode() / 100 == 2
                                || answer.statusCode() == 304
                                || answer.statusCode() == 302) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(SCENARIO_LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        int done = ok.get() + failed.get();
        Run run = new Run(
                scenario,
                name,
                concurrency,
                done,
                ok.get(),
                failed.get(),
                seconds,
                ok.get() / seconds,
                histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(95) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0);
        System.out.printf(
                Locale.ROOT,
                "%-8s %-48s c=%-3d %6d req %6d ok %5d failed %8.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms  %s%n",
                scenario,
                name,
                concurrency,
                done,
                ok.get(),
                failed.get(),
                run.perSecond(),
                run.p50(),
                run.p95(),
                run.p99(),
                failed.get() > 0 ? statuses : "");
        Map<String, Object> line = new LinkedHashMap<>(JSON.convertValue(run, Map.class));
        append(line);
        return run;
    }

    static synchronized void append(Map<String, ?> line) {
        try {
            Files.writeString(
                    RESULTS,
                    JSON.writeValueAsString(line) + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> post(String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
