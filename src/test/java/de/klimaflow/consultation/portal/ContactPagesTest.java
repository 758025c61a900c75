package de.klimaflow.consultation.portal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PublicForms;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The public contact form over real HTTP: a valid request opens a case; bad input stores nothing. */
@KlimaflowTest
class ContactPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void freshSubmissionAllowance() {
        // the per-client limit refills with time; other tests of this context may have used it up
        clock.advance(Duration.ofMinutes(11));
    }

    @Test
    void aMunicipalityAsksAndACaseWithItsProcessIsOpened() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> page = visitor.get("/beratung");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Beratung zur Stelle im Klimaschutzmanagement")
                .doesNotContain("vaadin");
        String email = "kontakt-" + System.nanoTime() + "@gemeinde.example";
        HttpResponse<String> sent = submit(visitor, valid(email));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValue("/beratung/eingegangen");
        assertThat(visitor.get("/beratung/eingegangen").body()).contains("Vielen Dank für Ihre Anfrage");
        Map<String, Object> stored = jdbc.queryForMap("select * from consultation_case where contact_email = ?", email);
        assertThat(stored.get("channel")).isEqualTo("WEB");
        assertThat(stored.get("question")).isEqualTo("<b>Erste Stelle</b>, noch kein Konzept.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                                + " where e.business_key_ = ? and e.parent_id_ is null and d.key_ = 'climate-manager-consultation'",
                        Long.class,
                        stored.get("id").toString()))
                .as("its consultation process runs")
                .isOne();
    }

    @Test
    void badAndHostileInputComesBackWithMessagesAndStoresNothing() {
        WebSession visitor = new WebSession(port);
        long before = jdbc.queryForObject("select count(*) from consultation_case", Long.class);

        Map<String, String> empty = new LinkedHashMap<>(valid("x@example.org"));
        empty.replaceAll((key, value) -> "");
        HttpResponse<String> refused = submit(visitor, empty);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "Bitte ausfüllen.",
                        "Bitte geben Sie eine gültige E-Mail-Adresse an.",
                        "Bitte beschreiben Sie Ihr Anliegen.",
                        "Bitte stimmen Sie dem Datenschutzhinweis zu");

        Map<String, String> hostile = valid("kein-mail");
        hostile.put("municipality", "<script>alert(1)</script>");
        hostile.put("contactPhone", "0391; DROP TABLE");
        hostile.put("question", "x".repeat(4001));
        HttpResponse<String> hostileAnswer = submit(visitor, hostile);
        assertThat(hostileAnswer.statusCode()).isEqualTo(400);
        assertThat(hostileAnswer.body())
                .contains("Bitte nur Buchstaben", "Bitte nur Ziffern", "höchstens 4.000 Zeichen")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");

        Map<String, String> bot = valid("bot@example.org");
        bot.put("website", "https://spam.example");
        assertThat(submit(visitor, bot).body()).contains("ein Feld, das leer bleiben muss");

        Map<String, String> forged = valid("forged@example.org");
        forged.put("stamp", "1700000000000.forged");
        String page = visitor.get("/beratung").body();
        forged.put("_csrf", WebSession.fieldValue(page, "_csrf"));
        assertThat(visitor.post("/beratung", PublicForms.encode(forged)).statusCode())
                .isEqualTo(400);

        assertThat(jdbc.queryForObject("select count(*) from consultation_case", Long.class))
                .isEqualTo(before);
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        WebSession visitor = new WebSession(port);
        visitor.get("/beratung");
        assertThat(visitor.post("/beratung", PublicForms.encode(valid("csrf@example.org")))
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> submit(WebSession visitor, Map<String, String> fields) {
        return PublicForms.submit(visitor, clock, "/beratung", fields);
    }

    private static Map<String, String> valid(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("municipality", "Gemeinde Sülzetal");
        form.put("contactName", "Ute Lange");
        form.put("contactEmail", email);
        form.put("contactPhone", "039205 1234");
        form.put("question", "<b>Erste Stelle</b>, noch kein Konzept.");
        form.put("privacyConsent", "true");
        form.put("website", "");
        return form;
    }
}
