package de.klimaflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 generated malformed requests against every public endpoint and form: random JSON, wrong types,
 * huge bodies, bad tokens and bad encodings. Every answer is a 4xx (or a page that shows the form's
 * messages), never a 5xx, and no business table gains a row. The generator is seeded, so a failure
 * can be repeated.
 */
@KlimaflowTest
@Tag("drill")
class PublicInputFuzzTest {

    private static final int REQUESTS = 2_000;
    private static final List<String> TABLES = List.of(
            "registration",
            "consultation_case",
            "network_join_request",
            "invitation",
            "climate_manager",
            "case_attachment");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void malformedInputNeverCausesAServerErrorAndStoresNothing() throws Exception {
        Random random = new Random(20261122L);
        Map<String, Long> before = counts();
        WebSession session = new WebSession(port);
        // a real session and CSRF token, so form posts get past CSRF to the form's own checks
        String csrf = WebSession.fieldValue(session.get("/beratung").body(), "_csrf");
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            if (i % 8 == 0) {
                clock.advance(Duration.ofMinutes(2)); // let the per-client limit refill now and then, to reach deeper
            }
            Case request = generate(random, csrf);
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + request.path()))
                    .timeout(Duration.ofSeconds(20))
                    .method(
                            request.method(),
                            request.body().length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (!request.contentType().isEmpty()) {
                builder.header("Content-Type", request.contentType());
            }
            if (request.withSession()) {
                builder.header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID"));
            }
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                serverErrors.add(response.statusCode() + " " + request.method() + " " + request.path() + " "
                        + new String(
                                request.body(), 0, Math.min(200, request.body().length), StandardCharsets.ISO_8859_1));
            }
        }
        Map<String, Long> after = counts();
        // the drill's line, as src/bench/run.sh collects it from the benchmark profile's run
        System.out.println("DRILL fuzz: " + (serverErrors.isEmpty() && after.equals(before) ? "PASS" : "FAIL") + " ("
                + REQUESTS + " malformed requests, answers by status " + statuses + ", " + serverErrors.size()
                + " server errors; business rows before " + before + ", after " + after + ")");
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(after).as("no new rows").isEqualTo(before);
    }

    private record Case(String method, String path, String contentType, byte[] body, boolean withSession) {}

    private static Case generate(Random random, String csrf) {
        String[] tokens = {
            "x",
            "%00",
            "..%2F..%2Fetc",
            "a".repeat(43),
            "ä".repeat(43),
            "%25ZZ",
            "'%20OR%201=1--",
            "%F0%9F%92%A9",
            "-".repeat(43),
            "9".repeat(30)
        };
        String token = tokens[random.nextInt(tokens.length)];
        return switch (random.nextInt(9)) {
            case 0 ->
                new Case(
                        "POST",
                        "/api/v1/events/" + id(random) + "/registrations",
                        "application/json",
                        randomJson(random),
                        false);
            case 1 ->
                new Case(
                        "POST",
                        "/api/v1/events/" + id(random) + "/registrations",
                        random.nextBoolean() ? "application/json" : "text/plain",
                        garbage(random),
                        false);
            case 2 ->
                new Case(
                        random.nextBoolean() ? "PATCH" : "DELETE",
                        "/api/v1/registrations/" + token,
                        "application/json",
                        randomJson(random),
                        false);
            case 3 ->
                new Case(
                        "GET",
                        random.nextBoolean() ? "/anmeldung/" + token : "/anmeldung/bestaetigen/" + token,
                        "",
                        new byte[0],
                        false);
            case 4 ->
                new Case(
                        "POST",
                        "/veranstaltungen/" + id(random) + "/anmelden",
                        "application/x-www-form-urlencoded",
                        form(
                                random,
                                csrf,
                                "name",
                                "email",
                                "organisation",
                                "role",
                                "parts",
                                "needs",
                                "accessibility",
                                "accessibilityToVenue",
                                "privacyConsent",
                                "website",
                                "stamp"),
                        true);
            case 5 ->
                new Case(
                        "POST",
                        "/beratung",
                        "application/x-www-form-urlencoded",
                        form(
                                random,
                                csrf,
                                "municipality",
                                "contactName",
                                "contactEmail",
                                "contactPhone",
                                "question",
                                "privacyConsent",
                                "website",
                                "stamp"),
                        true);
            case 6 ->
                new Case(
                        "POST",
                        "/netzwerk/beitreten",
                        "application/x-www-form-urlencoded",
                        form(
                                random,
                                csrf,
                                "name",
                                "email",
                                "municipality",
                                "since",
                                "message",
                                "publicListing",
                                "privacyConsent",
                                "website",
                                "stamp"),
                        true);
            case 7 ->
                new Case(
                        "POST",
                        "/anmeldung/bestaetigen/" + token,
                        "application/x-www-form-urlencoded",
                        ("_csrf=" + csrf).getBytes(StandardCharsets.UTF_8),
                        true);
            default ->
                new Case(
                        "GET",
                        "/veranstaltungen/" + (random.nextBoolean() ? id(random) : token)
                                + (random.nextBoolean() ? "/anmelden" : ""),
                        "",
                        new byte[0],
                        false);
        };
    }

    private static String id(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Long.toString(random.nextInt(50));
            case 1 -> "999999999999999999";
            case 2 -> "-1";
            default -> "abc";
        };
    }

    /** Form fields with odd values: long, empty, control characters, markup, wrong types, repeated. */
    private static byte[] form(Random random, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(csrf);
        for (String field : fields) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            body.append('&')
                    .append(field)
                    .append('=')
                    .append(
                            switch (random.nextInt(8)) {
                                case 0 -> "x".repeat(random.nextInt(70_000));
                                case 1 -> "";
                                case 2 -> "%00%01%1B%7F";
                                case 3 -> "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
                                case 4 -> "%C3%28%A0%A1"; // invalid UTF-8
                                case 5 -> Long.toString(random.nextLong());
                                case 6 -> "true&" + field + "=false";
                                default -> "%E4%F6%FC";
                            });
        }
        return body.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] randomJson(Random random) {
        String[] values = {
            "null",
            "true",
            "[]",
            "{}",
            "\"\"",
            "-1",
            "1e309",
            "\"" + "x".repeat(300) + "\"",
            "[1,2,3]",
            "\"<b>hi</b>\"",
            "{\"a\":{\"b\":{\"c\":[]}}}",
            "\"\\u0000\"",
            "12345678901234567890"
        };
        String[] keys = {
            "name", "email", "organisation", "role", "parts", "needs", "privacyConsent", "invitation", "x", "__proto__"
        };
        StringBuilder json = new StringBuilder("{");
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"')
                    .append(keys[random.nextInt(keys.length)])
                    .append("\":")
                    .append(values[random.nextInt(values.length)]);
        }
        json.append(random.nextInt(10) == 0 ? "" : "}");
        if (random.nextInt(20) == 0) {
            json.append("x".repeat(80_000)); // larger than any public body may be
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] garbage(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }
}
