package de.klimaflow.platform;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PostgresTestDatabase;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under the running app (no connections allowed, every open one terminated) and
 * comes back. Meanwhile health, readiness, the login and a public page answer 503 with a calm page and no
 * internal detail; afterwards they answer normally, without a restart.
 */
@KlimaflowTest
class DatabaseOutageTest {

    private static final String[] INTERNALS = {"SQL", "Exception", "jdbc", "Hikari", "postgres", "at de.", "at org."};

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Autowired
    IdentityService identityService;

    @Test
    void answers503DuringAnOutageAndRecoversWithoutARestart() throws Exception {
        TestUsers.ensure(identityService);
        WebSession visitor = new WebSession(port);
        WebSession operator = new WebSession(port).basic(TestUsers.OPERATOR, TestUsers.PASSWORD);
        WebSession staff = new WebSession(port);
        String loginToken = staff.csrfToken();
        assertThat(visitor.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(visitor.get(Links.PUBLIC_CALENDAR).statusCode()).isEqualTo(200);

        try (AutoCloseable outage = PostgresTestDatabase.outage(databaseUrl)) {
            HttpResponse<String> readiness = visitor.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertCalm(readiness);

            HttpResponse<String> health = operator.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertCalm(health);

            HttpResponse<String> login =
                    staff.postLogin(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD, loginToken, "Accept", "text/html");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("Vorübergehend nicht erreichbar");
            assertCalm(login);

            HttpResponse<String> page = visitor.get(Links.PUBLIC_CALENDAR, "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("Vorübergehend nicht erreichbar");
            assertCalm(page);
            HttpResponse<String> api = visitor.get("/api/v1/events", "Accept", "application/json");
            assertThat(api.statusCode()).as("the public API answers 503 too").isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("Vorübergehend nicht erreichbar");
            assertCalm(api);
            HttpResponse<String> english =
                    visitor.get(Links.PUBLIC_CALENDAR, "Accept", "text/html", "Accept-Language", "en");
            assertThat(english.body()).contains("Temporarily unavailable");
        }

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (visitor.get("/actuator/health/readiness").statusCode() != 200
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
        assertThat(visitor.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(operator.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(visitor.get(Links.PUBLIC_CALENDAR).statusCode()).isEqualTo(200);
        assertThat(new WebSession(port).login(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD))
                .isEqualTo("/");
    }

    private static void assertCalm(HttpResponse<String> response) {
        for (String internal : INTERNALS) {
            assertThat(response.body()).as("no internal detail").doesNotContain(internal);
        }
    }
}
