package de.klimaflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import de.klimaflow.support.Chromium;

/**
 * The drills of src/bench/two-nodes.sh: two app processes on one PostgreSQL behind HAProxy with cookie
 * stickiness. Every request goes through the proxy; the checks read the shared database and the SMTP sink.
 * Each drill prints one line "DRILL name: PASS|FAIL (…)" and appends it to target/bench/drills.txt.
 *
 * <pre>
 * java -cp … ClusterDrills overbooking &lt;proxyUrl&gt; &lt;jdbcUrl&gt; &lt;sinkControlUrl&gt; &lt;seats&gt;
 * java -cp … ClusterDrills kill        &lt;proxyUrl&gt; &lt;jdbcUrl&gt; &lt;sinkControlUrl&gt; &lt;count&gt; &lt;pidOfA&gt; &lt;pidOfB&gt; &lt;user&gt; &lt;password&gt; &lt;lockSeconds&gt;
 * java -cp … ClusterDrills storm       &lt;proxyUrl&gt; &lt;jdbcUrl&gt; &lt;sinkControlUrl&gt; &lt;waiting&gt; &lt;operator&gt; &lt;password&gt;
 * </pre>
 */
public final class ClusterDrills {

    private static final String OPT_IN_LINK = "/anmeldung/bestaetigen/";
    private static final Duration MAIL_WAIT = Duration.ofMinutes(5);
    private static final java.nio.file.Path DRILLS = java.nio.file.Path.of("target/bench/drills.txt");

    private final LoadGenerator http;
    private final String jdbcUrl;
    private final String sink;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final Instant started = Instant.now();

    private ClusterDrills(String proxy, String jdbcUrl, String sink) {
        this.http = new LoadGenerator(proxy);
        this.jdbcUrl = jdbcUrl;
        this.sink = sink;
    }

    public static void main(String[] args) throws Exception {
        ClusterDrills drills = new ClusterDrills(args[1], args[2], args[3]);
        try {
            switch (args[0]) {
                case "overbooking" -> drills.overbooking(Integer.parseInt(args[4]));
                case "kill" ->
                    drills.kill(
                            Integer.parseInt(args[4]),
                            Long.parseLong(args[5]),
                            Long.parseLong(args[6]),
                            args[7],
                            args[8],
                            Integer.parseInt(args[9]));
                case "storm" -> drills.storm(Integer.parseInt(args[4]), args[5], args[6]);
                default -> throw new IllegalArgumentException("unknown drill " + args[0]);
            }
        } catch (Exception failed) {
            failed.printStackTrace();
            verdict(
                    switch (args[0]) {
                        case "kill" -> "two-nodes-kill-one";
                        case "storm" -> "two-nodes-mail-storm";
                        default -> "two-nodes-" + args[0];
                    },
                    false,
                    "aborted: " + failed);
            System.exit(1);
        }
        System.exit(0);
    }

    /** One person registered through the public API: their address and personal (self-service) token. */
    record Person(String email, String token) {}

    /** A confirmation through the opt-in page: when it was sent and answered (epoch ms), and by which node. */
    record Confirmed(long sentAt, long answeredAt, int status, String node) {}

    // --- overbooking: registrations, confirmations and cancellations race on one part with a fixed number of free
    // seats

    private void overbooking(int seats) throws Exception {
        JsonNode event = http.openEvent();
        long eventId = event.get("id").asLong();
        long part = event.get("parts").get(0).get("id").asLong();
        int capacity;
        try (Connection db = db()) {
            capacity = count(
                            db,
                            "select count(*) from registration_part where event_part_id = ? and status = 'SEAT'",
                            part)
                    + seats;
            update(db, "update event_part set capacity = ? where id = ?", capacity, part);
        }
        // 300 register and wait for their opt-in mail; then 300 confirm, 100 of them cancel and 100 more register, all
        // at once
        List<Person> people = register(eventId, part, "over", 300, 16);
        Map<String, String> optIn = optInTokens(people, MAIL_WAIT);
        List<Callable<Object>> race = new ArrayList<>();
        Map<String, Confirmed> confirmations = new ConcurrentHashMap<>();
        for (Person person : people) {
            race.add(() -> confirmations.put(person.email(), confirm(optIn.get(person.email()))));
        }
        List<Person> cancelling = new ArrayList<>(people);
        Collections.shuffle(cancelling, new Random(eventId));
        AtomicInteger cancelled = new AtomicInteger();
        for (Person person : cancelling.subList(0, 100)) {
            race.add(() ->
                    http.send(HttpRequest.newBuilder(URI.create(http.base + "/api/v1/registrations/" + person.token()))
                                                    .DELETE()
                                                    .build())
                                            .statusCode()
                                    == 204
                            ? cancelled.incrementAndGet()
                            : 0);
        }
        List<Person> late = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 100; i++) {
            int n = 1000 + i;
            race.add(() -> person(registerOne(eventId, part, "over", n)).map(late::add));
        }
        Collections.shuffle(race, new Random(eventId + 1));

        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicInteger samples = new AtomicInteger();
        AtomicInteger mostSeats = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            try (Connection db = db()) {
                while (racing.get()) {
                    mostSeats.accumulateAndGet(
                            count(
                                    db,
                                    "select count(*) from registration_part where event_part_id = ?"
                                            + " and status = 'SEAT'",
                                    part),
                            Math::max);
                    samples.incrementAndGet();
                    Thread.sleep(10);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        sampler.start();
        ExecutorService workers = Executors.newFixedThreadPool(32);
        for (var result : workers.invokeAll(race, 4, TimeUnit.MINUTES)) {
            result.get();
        }
        workers.shutdown();
        settle();
        racing.set(false);
        sampler.join();

        try (Connection db = db()) {
            int seated = count(
                    db, "select count(*) from registration_part where event_part_id = ? and status = 'SEAT'", part);
            int waiting = count(
                    db, "select count(*) from registration_part where event_part_id = ? and status = 'WAITING'", part);
            // first come, first served: nobody on the waitlist stands behind someone who confirmed only after they had
            // been answered
            List<String> waitlist = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select r.email from registration_part b join registration r"
                            + " on r.id = b.registration_id where b.event_part_id = ? and b.status = 'WAITING' order by b.waiting_since, r.id")) {
                query.setLong(1, part);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        waitlist.add(rows.getString(1));
                    }
                }
            }
            int outOfOrder = 0;
            for (int i = 0; i < waitlist.size(); i++) {
                for (int j = i + 1; j < waitlist.size(); j++) {
                    Confirmed earlier = confirmations.get(waitlist.get(i));
                    Confirmed later = confirmations.get(waitlist.get(j));
                    if (earlier != null && later != null && later.answeredAt() < earlier.sentAt()) {
                        outOfOrder++;
                    }
                }
            }
            Map<String, Integer> byNode = new java.util.TreeMap<>();
            confirmations.values().forEach(c -> byNode.merge(c.node() + " " + c.status(), 1, Integer::sum));
            int refused = (int) confirmations.values().stream()
                    .filter(ClusterDrills::refused)
                    .count();
            int twice = mailsTwice(this::toThisRun);
            int jobsTwice = jobsSucceededTwice(db);
            boolean pass = mostSeats.get() <= capacity
                    && seated <= capacity
                    && (waiting == 0 || seated == capacity)
                    && outOfOrder == 0
                    && refused == 0
                    && twice == 0
                    && jobsTwice == 0
                    && samples.get() > 10;
            verdict(
                    "two-nodes-overbooking",
                    pass,
                    String.format(
                            Locale.ROOT,
                            "%d seats, %d of them free, at most %d taken in %d samples,"
                                    + " at the end %d seated and %d waiting, %d waitlist pairs out of first-come order; %d confirmations by node"
                                    + " and answer %s, %d refused; %d cancelled, %d late registrations; %d mails twice, %d jobs run twice",
                            capacity,
                            seats,
                            mostSeats.get(),
                            samples.get(),
                            seated,
                            waiting,
                            outOfOrder,
                            confirmations.size(),
                            byNode,
                            refused,
                            cancelled.get(),
                            late.size(),
                            twice,
                            jobsTwice));
        }
    }

    /**
     * The opt-in page as a browser uses it: GET (session, CSRF token and the proxy's node cookie), then the
     * button's POST, which answers with a redirect. A link that a cancellation in the race already voided
     * shows no form; its page's status is the answer then.
     */
    private Confirmed confirm(String token) {
        long sent = System.currentTimeMillis();
        HttpResponse<String> page = http.get(OPT_IN_LINK + token, Map.of("Accept-Language", "de"));
        String node = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SRV="))
                .map(c -> c.split("[=;]")[1])
                .findFirst()
                .orElse("?");
        if (!page.body().contains("name=\"_csrf\"")) {
            return new Confirmed(sent, System.currentTimeMillis(), page.statusCode(), node);
        }
        String cookies = String.join(
                "; ",
                page.headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .toList());
        HttpResponse<String> answer = http.post(
                OPT_IN_LINK + token,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookies, "Accept-Language", "de"),
                "_csrf=" + LoadGenerator.encoded(LoadGenerator.inputValue(page.body(), "_csrf")));
        return new Confirmed(sent, System.currentTimeMillis(), answer.statusCode(), node);
    }

    /** An answer that shows the cluster failed a visitor: the POST reached a node without their session (403), or an error. */
    private static boolean refused(Confirmed confirmation) {
        return confirmation.status() == 403 || confirmation.status() >= 500;
    }

    // --- kill one node mid-load

    private void kill(int count, long pidOfA, long pidOfB, String user, String password, int lockSeconds)
            throws Exception {
        JsonNode event = http.openEvent();
        long eventId = event.get("id").asLong();
        long part = event.get("parts").get(0).get("id").asLong();
        Chromium chromium = new Chromium().start();
        try {
            BrowserContext staff = chromium.germanContext();
            Chromium.signIn(staff, http.base, user, password);
            String node = staff.cookies().stream()
                    .filter(c -> c.name.equals("SRV"))
                    .map(c -> c.value)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the proxy set no SRV cookie"));
            long victim = node.equals("a") ? pidOfB : pidOfA;
            System.out.println("staff user " + user + " works on node " + node + "; the other node (pid " + victim
                    + ") dies mid-load");

            Map<String, Integer> answers = new ConcurrentHashMap<>();
            AtomicInteger acknowledged = new AtomicInteger();
            http.measure("drill", "registrations through the proxy, one node killed", 16, count, i -> {
                String email = "kill" + i + "." + runId + "@bench.example";
                try {
                    HttpResponse<String> answer = http.post(
                            "/api/v1/events/" + eventId + "/registrations",
                            Map.of("Content-Type", "application/json"),
                            registration(LoadGenerator.personName("Kill", i), email, part));
                    answers.put(email, answer.statusCode());
                    if (answer.statusCode() == 201 && acknowledged.incrementAndGet() == count / 2) {
                        ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
                    }
                    return answer;
                } catch (RuntimeException e) {
                    answers.put(email, 0);
                    throw e;
                }
            });
            // the staff user opens the registrations of the event on the surviving node, in the session they signed in
            // with
            Page page = staff.pages().get(0);
            page.navigate(http.base + "/events/" + eventId + "/registrations");
            page.locator("vaadin-grid.registrations-grid").waitFor();
            boolean staffWorks = !page.url().contains("/login")
                    && staff.cookies().stream().anyMatch(c -> c.name.equals("SRV") && c.value.equals(node));

            List<Person> acked = answers.entrySet().stream()
                    .filter(a -> a.getValue() == 201)
                    .map(a -> new Person(a.getKey(), null))
                    .toList();
            // the jobs the dead node had locked wait for their lock to expire; then the survivor sends their mails
            Map<String, String> optIn =
                    optInTokens(acked, Duration.ofSeconds(lockSeconds).plus(MAIL_WAIT));
            try (Connection db = db()) {
                // per address: how many registrations, and how many running registration processes
                Map<String, int[]> found = registrationsOfThisRun(db);
                int[] none = {0, 0};
                int stored = (int) acked.stream()
                        .filter(p -> found.getOrDefault(p.email(), none)[0] == 1)
                        .count();
                int withProcess = (int) acked.stream()
                        .filter(p -> found.getOrDefault(p.email(), none)[1] == 1)
                        .count();
                // a request the dead node never answered: its registration is stored with its process, or not at all
                int halfStored = (int) answers.entrySet().stream()
                        .filter(a -> a.getValue() != 201)
                        .map(a -> found.getOrDefault(a.getKey(), none))
                        .filter(f -> f[0] != f[1] || f[0] > 1)
                        .count();
                int twice = mailsTwice(this::toThisRun);
                int jobsTwice = jobsSucceededTwice(db);
                // a mail whose send the dead node began but never recorded: the SMTP server may hold it already, so
                // the survivor's retry may deliver it twice (at least once, never lost); no other mail may come twice
                int unknownOutcome = count(
                        db,
                        "select count(*) from outbound_mail where recipient_email like ? and attempts > 1",
                        "%." + runId + "@%");
                long failedRequests =
                        answers.values().stream().filter(s -> s != 201).count();
                boolean pass = staffWorks
                        && stored == acked.size()
                        && withProcess == acked.size()
                        && optIn.size() == acked.size()
                        && twice <= unknownOutcome
                        && jobsTwice == 0
                        && halfStored == 0;
                verdict(
                        "two-nodes-kill-one",
                        pass,
                        String.format(
                                Locale.ROOT,
                                "node %s killed after %d of %d registrations;"
                                        + " %d acknowledged, %d of them stored once, %d with one running process, %d opt-in mails arrived, %d of them twice"
                                        + " (of %d whose send the dead node had begun without recording it), %d jobs completed twice,"
                                        + " %d requests without 201 around the kill (%d of them stored without their process); jobs by node %s;"
                                        + " staff user on node %s %s",
                                node.equals("a") ? "b" : "a",
                                count / 2,
                                count,
                                acked.size(),
                                stored,
                                withProcess,
                                optIn.size(),
                                twice,
                                unknownOutcome,
                                jobsTwice,
                                failedRequests,
                                halfStored,
                                jobsByNode(db),
                                node,
                                staffWorks ? "kept working" : "lost their session"));
            }
        } finally {
            chromium.close();
        }
    }

    /** For each address of this run: its number of registrations and of running registration processes. */
    private Map<String, int[]> registrationsOfThisRun(Connection db) throws SQLException {
        Map<String, int[]> found = new HashMap<>();
        try (PreparedStatement query =
                db.prepareStatement("select r.email, count(distinct r.id), count(e.id_) from registration r"
                        + " left join act_ru_execution e on e.business_key_ = r.id::text and e.parent_id_ is null"
                        + " and e.proc_def_id_ like 'registration:%' where r.email like ? group by r.email")) {
            query.setString(1, "%." + runId + "@%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
                }
            }
        }
        return found;
    }

    // --- mail storm and timers across both nodes

    /**
     * Fills the waitlist of the event's first part with the given number of confirmed people, then lets the
     * registration deadline's timer come due through the engine API: closing registration tells every waiting
     * person in a mail of their own, sent by the job executors of both nodes.
     */
    private void storm(int waiting, String operator, String password) throws Exception {
        JsonNode event = http.openEvent();
        long eventId = event.get("id").asLong();
        long part = event.get("parts").get(0).get("id").asLong();
        List<Person> people = register(eventId, part, "storm", waiting, 16);
        Map<String, String> optIn = optInTokens(people, MAIL_WAIT);
        ExecutorService workers = Executors.newFixedThreadPool(16);
        List<Callable<Confirmed>> confirmations = people.stream()
                .map(p -> (Callable<Confirmed>) () -> confirm(optIn.get(p.email())))
                .toList();
        int refused = 0;
        Map<String, Integer> otherAnswers = new java.util.TreeMap<>();
        for (var result : workers.invokeAll(confirmations, 4, TimeUnit.MINUTES)) {
            Confirmed confirmed = result.get();
            if (confirmed.status() != 302) { // nobody cancels here: every confirmation must succeed
                refused++;
                otherAnswers.merge(confirmed.node() + " " + confirmed.status(), 1, Integer::sum);
            }
        }
        workers.shutdown();
        settle();

        String auth = "Basic "
                + Base64.getEncoder().encodeToString((operator + ":" + password).getBytes(StandardCharsets.UTF_8));
        JsonNode instance = LoadGenerator.JSON
                .readTree(http.get(
                                "/engine-rest/process-instance?processDefinitionKey=event-planning" + "&businessKey="
                                        + eventId,
                                Map.of("Authorization", auth))
                        .body())
                .get(0);
        JsonNode timer = LoadGenerator.JSON
                .readTree(http.get(
                                "/engine-rest/job?processInstanceId="
                                        + instance.get("id").asText() + "&activityId=Timer_RegistrationDeadline",
                                Map.of("Authorization", auth))
                        .body())
                .get(0);
        int expected;
        try (Connection db = db()) {
            // the addressees of the mail-out: everyone registered with a part on a waitlist
            expected = count(
                    db,
                    "select count(distinct r.id) from registration r join registration_part b on b.registration_id = r.id"
                            + " where r.event_id = ? and r.status in ('CONFIRMED', 'WAITLISTED') and b.status = 'WAITING'",
                    eventId);
        }
        java.util.Set<String> subjectsBefore = new java.util.HashSet<>();
        sinkLines("/mails").forEach(key -> subjectsBefore.add(key.substring(key.indexOf('|') + 1)));
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC));
        long start = System.nanoTime();
        HttpResponse<String> due = http.send(HttpRequest.newBuilder(URI.create(
                        http.base + "/engine-rest/job/" + timer.get("id").asText() + "/duedate"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\":\"" + now + "\"}"))
                .build());
        if (due.statusCode() != 204) {
            throw new IllegalStateException(
                    "the deadline timer could not be set due: " + due.statusCode() + " " + due.body());
        }
        // every waiting person gets one mail that registration has closed: the one subject the sink had not seen before
        String subject = null;
        int arrived = 0;
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline && (subject == null || arrived < expected)) {
            Thread.sleep(250);
            Map<String, Integer> bySubject = new HashMap<>();
            sinkLines("/mails").forEach(key -> bySubject.merge(key.substring(key.indexOf('|') + 1), 1, Integer::sum));
            subject = subject != null
                    ? subject
                    : bySubject.keySet().stream()
                            .filter(s -> !subjectsBefore.contains(s))
                            .findFirst()
                            .orElse(null);
            arrived = subject == null ? 0 : bySubject.get(subject);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        settle();
        try (Connection db = db()) {
            int timerRuns = count(
                    db,
                    "select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'Timer_RegistrationDeadline'"
                            + " and end_time_ is not null",
                    instance.get("id").asText());
            String closing = "|" + subject;
            int twice = mailsTwice(key -> toThisRun(key) || key.endsWith(closing));
            int jobsTwice = jobsSucceededTwice(db);
            boolean pass = refused == 0
                    && arrived == expected
                    && expected >= waiting
                    && timerRuns == 1
                    && twice == 0
                    && jobsTwice == 0;
            verdict(
                    "two-nodes-mail-storm",
                    pass,
                    String.format(
                            Locale.ROOT,
                            "%d people waiting, %d of their confirmations not"
                                    + " answered with a redirect%s; the deadline timer ran %d time(s);"
                                    + " %d mails \"%s\" arrived in %.1f s (%.1f mails/s over two nodes), %d mails twice, %d jobs run twice; jobs by node %s",
                            expected,
                            refused,
                            otherAnswers.isEmpty() ? "" : " (by node and answer " + otherAnswers + ")",
                            timerRuns,
                            arrived,
                            subject,
                            seconds,
                            arrived / seconds,
                            twice,
                            jobsTwice,
                            jobsByNode(db)));
            LoadGenerator.append(Map.of(
                    "scenario",
                    "two-nodes",
                    "name",
                    "mail storm over two nodes",
                    "mails",
                    arrived,
                    "seconds",
                    seconds,
                    "perSecond",
                    arrived / seconds));
        }
    }

    // --- helpers

    private List<Person> register(long eventId, long part, String prefix, int count, int concurrency) throws Exception {
        List<Person> people = Collections.synchronizedList(new ArrayList<>());
        http.measure("drill", "registrations through the proxy (" + prefix + ")", concurrency, count, i -> {
            HttpResponse<String> answer = registerOne(eventId, part, prefix, i);
            person(answer).ifPresent(people::add);
            return answer;
        });
        if (people.size() != count) {
            throw new IllegalStateException(people.size() + " of " + count + " registrations accepted");
        }
        return people;
    }

    private HttpResponse<String> registerOne(long eventId, long part, String prefix, int i) {
        String email = prefix + i + "." + runId + "@bench.example";
        return http.post(
                "/api/v1/events/" + eventId + "/registrations",
                Map.of("Content-Type", "application/json", "Accept-Language", "de"),
                registration(
                        LoadGenerator.personName(
                                prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1), i),
                        email,
                        part));
    }

    private static java.util.Optional<Person> person(HttpResponse<String> answer) {
        if (answer.statusCode() != 201) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode body = LoadGenerator.JSON.readTree(answer.body());
            return java.util.Optional.of(
                    new Person(body.get("email").asText(), body.get("token").asText()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String registration(String name, String email, long part) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"OTHER\",\"parts\":[" + part
                + "],\"privacyConsent\":true}";
    }

    /** Waits until the SMTP sink holds an opt-in mail for each of the people; their tokens by address. */
    private Map<String, String> optInTokens(List<Person> people, Duration limit) throws InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        long deadline = System.nanoTime() + limit.toNanos();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        people.forEach(p -> wanted.add(p.email()));
        while (tokens.size() < wanted.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            for (String line : sinkLines("/links?prefix=" + LoadGenerator.encoded(OPT_IN_LINK))) {
                String email = line.substring(0, line.indexOf(','));
                if (wanted.contains(email)) {
                    tokens.put(email, line.substring(line.indexOf('\t') + 1));
                }
            }
        }
        System.out.println(tokens.size() + " of " + wanted.size() + " opt-in mails arrived");
        return tokens;
    }

    /** Pairs "recipient|subject" of this drill that the SMTP sink received more than once. */
    private int mailsTwice(java.util.function.Predicate<String> ofThisDrill) {
        Map<String, Integer> counts = new HashMap<>();
        sinkLines("/mails").stream().filter(ofThisDrill).forEach(key -> counts.merge(key, 1, Integer::sum));
        return (int) counts.values().stream().filter(n -> n > 1).count();
    }

    /** The mails to this run's own addresses. */
    private boolean toThisRun(String key) {
        return key.contains("." + runId + "@");
    }

    private List<String> sinkLines(String path) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(sink + path))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return answer.body().lines().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most two minutes) until no job of the engine is due, so the processes have settled. */
    private void settle() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection db = db()) {
            while (System.nanoTime() < deadline
                    && count(
                                    db,
                                    "select count(*) from act_ru_job where retries_ > 0"
                                            + " and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")
                            > 0) {
                Thread.sleep(250);
            }
        }
    }

    /** Jobs since this drill started that the engine's log shows as successful more than once: run by both nodes. */
    private int jobsSucceededTwice(Connection db) throws SQLException {
        return count(
                db,
                "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and timestamp_ >= ?"
                        + " group by job_id_ having count(*) > 1) twice",
                Timestamp.from(started));
    }

    private String jobsByNode(Connection db) throws SQLException {
        Map<String, Integer> byNode = new LinkedHashMap<>();
        try (PreparedStatement query =
                db.prepareStatement("select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
                        + " and timestamp_ >= ? group by hostname_ order by hostname_")) {
            query.setTimestamp(1, Timestamp.from(started));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byNode.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return byNode.toString();
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    private static int count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void verdict(String drill, boolean pass, String details) {
        String line = "DRILL " + drill + ": " + (pass ? "PASS" : "FAIL") + " (" + details + ")";
        System.out.println(line);
        try {
            java.nio.file.Files.createDirectories(DRILLS.getParent());
            java.nio.file.Files.writeString(
                    DRILLS,
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
