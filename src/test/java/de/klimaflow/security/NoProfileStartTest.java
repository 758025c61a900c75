package de.klimaflow.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import de.klimaflow.KlimaflowApplication;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as an operator would start it by mistake: no profile, no environment. It must
 * come up without a single account, so no known password ships. Runs in a JVM of its own (Maven
 * execution "no-profile"), because Camunda's webapps allow one engine per JVM.
 */
@Tag("no-profile")
class NoProfileStartTest {

    @Test
    void withoutAProfileNoAccountExistsAndNoDemoPasswordWorks() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KlimaflowApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:no-profile;DB_CLOSE_DELAY=-1",
                        "camunda.bpm.job-execution.enabled=false",
                        "vaadin.launch-browser=false")
                .run()) {
            assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().count())
                    .as("no account at all")
                    .isZero();
            for (String name : List.of("demo", "event", "desk", "advisor", "manager", "admin")) {
                assertThat(identity.checkPassword(name, name)).as(name).isFalse();
            }
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            assertThat(new WebSession(port)
                            .basic("demo", "demo")
                            .get("/engine-rest/user")
                            .statusCode())
                    .isEqualTo(401);
        }
    }
}
