package de.klimaflow.accessibility.portal;

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

/**
 * The accessibility statement over real HTTP, with its facts from configuration and linked from every public page; the
 * form to report a barrier starts the feedback process, and bad or hostile input stores nothing.
 */
@KlimaflowTest
class AccessibilityPagesTest {

    private static final String FORM = "/barrierefreiheit/melden";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void freshSubmissionAllowance() {
        clock.advance(Duration.ofMinutes(11));
    }

    @Test
    void theStatementSaysWhatIsNotAccessibleWhoToTellAndWhereToTurn() {
        WebSession visitor = new WebSession(port);
        HttpResponse<String> statement = visitor.get("/barrierefreiheit");
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.body())
                .contains("Erklärung zur Barrierefreiheit", "teilweise vereinbar", "Zuletzt geprüft am 07.12.2026")
                .contains("Nicht jede Veranstaltung hat einen Text in Leichter Sprache.")
                .contains("innerhalb von 6 Wochen eine Antwort", "href=\"/barrierefreiheit/melden\"")
                .contains("mailto:barrierefreiheit@example.org")
                .contains(
                        "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz", "Mauerstraße 53, 10117 Berlin");
        assertThat(visitor.get("/barrierefreiheit", "Accept-Language", "en").body())
                .contains("Accessibility statement", "partially comply", "enforcement body");
        for (String page : new String[] {"/start", "/veranstaltungen", "/beratung", "/netzwerk", "/gibt-es-nicht"}) {
            assertThat(visitor.get(page).body())
                    .as(page + " links the statement and the report form in its footer")
                    .contains("href=\"/barrierefreiheit\"", "href=\"/barrierefreiheit/melden\"");
        }
    }

    @Test
    void aReportIsStoredAndItsProcessStarts() {
        WebSession visitor = new WebSession(port);
        String email = "barriere-" + System.nanoTime() + "@example.org";
        HttpResponse<String> sent = PublicForms.submit(visitor, clock, FORM, valid(email));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValue(FORM + "/eingegangen");
        assertThat(visitor.get(FORM + "/eingegangen").body()).contains("innerhalb von 6 Wochen eine Antwort");
        Map<String, Object> stored = jdbc.queryForMap("select * from barrier_report where email = ?", email);
        assertThat(stored.get("description")).isEqualTo("Der <b>Kalender</b> liest sich nicht vor.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                                + " where e.business_key_ = ? and e.parent_id_ is null"
                                + " and d.key_ = 'accessibility-feedback'",
                        Long.class,
                        stored.get("id").toString()))
                .as("its feedback process runs")
                .isOne();
    }

    @Test
    void badAndHostileInputComesBackWithMessagesAndStoresNothing() {
        WebSession visitor = new WebSession(port);
        long before = jdbc.queryForObject("select count(*) from barrier_report", Long.class);

        Map<String, String> empty = new LinkedHashMap<>(valid("x@example.org"));
        empty.replaceAll((key, value) -> "");
        HttpResponse<String> refused = PublicForms.submit(visitor, clock, FORM, empty);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "Bitte beschreiben Sie die Barriere.",
                        "Bitte geben Sie eine gültige E-Mail-Adresse an.",
                        "Bitte stimmen Sie dem Datenschutzhinweis zu");

        Map<String, String> hostile = valid("kein-mail");
        hostile.put("name", "<script>alert(1)</script>");
        hostile.put("page", "x".repeat(501));
        hostile.put("description", "y".repeat(4001));
        HttpResponse<String> hostileAnswer = PublicForms.submit(visitor, clock, FORM, hostile);
        assertThat(hostileAnswer.statusCode()).isEqualTo(400);
        assertThat(hostileAnswer.body())
                .contains("Bitte nur Buchstaben", "höchstens 4.000 Zeichen", "höchstens 500 Zeichen")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(PublicForms.submit(visitor, clock, FORM, withTrap(valid("bot@example.org")))
                        .body())
                .contains("ein Feld, das leer bleiben muss");
        assertThat(visitor.get(FORM, "Accept-Language", "en").body()).contains("Report a barrier");

        assertThat(jdbc.queryForObject("select count(*) from barrier_report", Long.class))
                .as("nothing stored")
                .isEqualTo(before);
    }

    private static Map<String, String> withTrap(Map<String, String> form) {
        form.put("website", "https://spam.example");
        return form;
    }

    private static Map<String, String> valid(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("page", "/veranstaltungen");
        form.put("description", "Der <b>Kalender</b> liest sich nicht vor.");
        form.put("name", "Bea Barriere");
        form.put("email", email);
        form.put("privacyConsent", "true");
        form.put("website", "");
        return form;
    }
}
