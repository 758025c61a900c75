package de.klimaflow.network.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.network.process.NetworkJoinProcess;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The network's public pages over real HTTP: the directory shows only who consented; the join form refuses bad input. */
@KlimaflowTest
class NetworkPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    NetworkDirectory directory;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @BeforeEach
    void freshSubmissionAllowance() {
        clock.advance(Duration.ofMinutes(11));
    }

    @Test
    void thePublicDirectoryListsOnlyThoseWhoConsentedWithoutTheirAddresses() {
        String listed = "gelistet-" + System.nanoTime() + "@kommune.example";
        String hidden = "versteckt-" + System.nanoTime() + "@kommune.example";
        directory.enter(
                "Lena <i>Licht</i>", listed, null, "Stadt Staßfurt", LocalDate.of(2025, 4, 1), null, true, null);
        directory.enter("Otto Ohne", hidden, null, "Stadt Staßfurt", LocalDate.of(2025, 4, 1), null, false, null);
        HttpResponse<String> page = new WebSession(port).get("/netzwerk");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Lena &lt;i&gt;Licht&lt;/i&gt;", "seit 01.04.2025")
                .doesNotContain("Otto Ohne")
                .doesNotContain(listed)
                .doesNotContain("<i>Licht</i>");
    }

    @Test
    void aJoinRequestIsTakenOnceAndBadInputStoresNothing() throws Exception {
        WebSession visitor = new WebSession(port);
        long before = jdbc.queryForObject("select count(*) from network_join_request", Long.class);
        Map<String, String> bad = valid("kein-mail");
        bad.put("name", "");
        bad.put("since", "31.02.2026");
        bad.put("message", "x".repeat(2001));
        HttpResponse<String> refused = submit(visitor, bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "Bitte ausfüllen.",
                        "gültige E-Mail-Adresse",
                        "Bitte geben Sie ein Datum an",
                        "höchstens 2.000 Zeichen");
        Map<String, String> future = valid("zukunft@example.org");
        future.put("since", "01.01.2099");
        assertThat(submit(visitor, future).body()).contains("zwischen 1990 und dem nächsten Jahr");
        assertThat(jdbc.queryForObject("select count(*) from network_join_request", Long.class))
                .isEqualTo(before);

        String email = "beitritt-" + System.nanoTime() + "@kommune.example";
        HttpResponse<String> sent = submit(visitor, valid(email));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValue("/netzwerk/beitreten/eingegangen");
        HttpResponse<String> again = submit(visitor, valid(email));
        assertThat(again.statusCode())
                .as("the same address again: the same answer")
                .isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).hasValue("/netzwerk/beitreten/eingegangen");
        assertThat(knownAddressMail(email)).contains("Ihre erste Anfrage liegt uns vor");
        assertThat(jdbc.queryForObject("select count(*) from network_join_request where email = ?", Long.class, email))
                .as("the second request is not kept")
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select since from network_join_request where email = ?", LocalDate.class, email))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aMembersAddressGetsTheAnswerOfAnyOtherAndLearnsTheRestByMail() throws Exception {
        String member = "mitglied-" + System.nanoTime() + "@kommune.example";
        String stranger = "fremd-" + System.nanoTime() + "@kommune.example";
        directory.enter("Mara Mitglied", member, null, "Stadt Staßfurt", LocalDate.of(2024, 1, 1), null, false, null);

        HttpResponse<String> known = submit(new WebSession(port), valid(member));
        HttpResponse<String> unknown = submit(new WebSession(port), valid(stranger));
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(known.body()).isEqualTo(unknown.body());

        assertThat(knownAddressMail(member))
                .contains("Sie sind bereits Mitglied")
                .contains("/netzwerk");
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_join_request where email = ? or name = 'Nina Neu' and status = 'DUPLICATE'",
                        Long.class,
                        member))
                .as("nothing of the second request stays")
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(NetworkJoinProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(jdbc.queryForObject(
                                "select id from network_join_request where email = ?", String.class, stranger))
                        .count())
                .as("an unknown address goes to the advisors")
                .isOne();
    }

    /** Runs the notice step of the request from that address; returns the mail that address received. */
    private String knownAddressMail(String email) throws Exception {
        String id =
                jdbc.queryForObject("select max(id) from network_join_request where email = ?", String.class, email);
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(NetworkJoinProcess.PROCESS_KEY)
                .processInstanceBusinessKey(id)
                .singleResult()
                .getId();
        Job notice = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(NetworkJoinProcess.TASK_SEND_KNOWN_ADDRESS_NOTICE)
                .singleResult();
        assertThat(notice).as("a notice for " + email).isNotNull();
        management.executeJob(notice.getId());
        for (MimeMessage mail : smtp.getReceivedMessagesForDomain(email)) {
            return ReceivedMail.text(mail);
        }
        throw new AssertionError("no mail to " + email);
    }

    private HttpResponse<String> submit(WebSession visitor, Map<String, String> fields) {
        String page = visitor.get("/netzwerk/beitreten").body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", WebSession.fieldValue(page, "_csrf"));
        all.put("stamp", WebSession.fieldValue(page, "stamp"));
        clock.advance(Duration.ofSeconds(5));
        return visitor.post(
                "/netzwerk/beitreten",
                all.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    private static Map<String, String> valid(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Nina Neu");
        form.put("email", email);
        form.put("municipality", "Gemeinde Barleben");
        form.put("since", "01.04.2026");
        form.put("message", "Ich bin seit April im Amt.");
        form.put("publicListing", "true");
        form.put("privacyConsent", "true");
        form.put("website", "");
        return form;
    }
}
