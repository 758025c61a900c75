package de.klimaflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.events.EventType;
import de.klimaflow.events.Audience;
import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.events.EventService;

/**
 * The pages anyone can open, checked in the real Chromium with axe-core against the WCAG 2.0 and 2.1
 * rules of levels A and AA (BITV 2.0 asks public bodies for these).
 */
@KlimaflowTest
class PublicPagesAccessibilityTest {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    EventService events;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/veranstaltungen", "event", "/veranstaltungen/0"})
    void noWcagViolations(String path) throws Exception {
        String url = "http://localhost:" + port + (path.equals("event") ? "/veranstaltungen/" + publishedEvent() : path);
        try (BrowserContext context = chromium.germanContextForAudits()) {
            Page page = context.newPage();
            page.navigate(url);
            page.locator("h1, vaadin-login-form").first().waitFor();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                    "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                            + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                            + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))");
            assertThat(violations).as("WCAG 2.1 AA violations on " + path).isEmpty();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");

            // the check itself works: a planted image without alternative text is reported
            page.evaluate("() => document.body.appendChild(Object.assign(document.createElement('img'), {src: 'x.png'}))");
            Object planted = page.evaluate("async () => (await axe.run(document, {runOnly: ['image-alt']})).violations.length");
            assertThat(((Number) planted).intValue()).isOne();
        }
    }

    private long publishedEvent() {
        long venue = jdbc.queryForObject("select min(id) from venue", Long.class) == null ? createVenue()
                : jdbc.queryForObject("select min(id) from venue", Long.class);
        java.time.Instant start = java.time.Instant.parse("2026-12-10T17:00:00Z");
        long event = events.create(new EventDraft(EventType.REGIONAL_FORUM, "Barrierefrei geprüftes Forum",
                "Ein Forum für alle.", null, null, venue, EventFormat.ON_SITE, null, false, true, null,
                start.minusSeconds(86_400 * 3), "Eva Winkler", "eva@lena.example", List.of(new EventDraft.Part("Abend",
                        "Programm mit Diskussion", start, start.plusSeconds(7200), 50, java.util.Set.of(Audience.OTHERS)))));
        for (String step : new String[] {EventPlanningProcess.TASK_BOOK_VENUE, EventPlanningProcess.TASK_PREPARE_AGENDA,
                EventPlanningProcess.TASK_APPROVE}) {
            String task = taskService.createTaskQuery().processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(Long.toString(event)).taskDefinitionKey(step).singleResult().getId();
            taskService.complete(task, Map.of(EventPlanningProcess.VAR_APPROVED, true));
        }
        return event;
    }

    private long createVenue() {
        jdbc.update("insert into venue (name, street, postal_code, city, capacity) values ('Testhalle', 'Weg 1', '39104', 'Magdeburg', 100)");
        return jdbc.queryForObject("select max(id) from venue", Long.class);
    }

    private static String axe() throws IOException {
        try (InputStream in = PublicPagesAccessibilityTest.class.getClassLoader().getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
