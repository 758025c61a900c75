package de.klimaflow.e2e;

import java.nio.file.Files;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of an event in the real Chromium: the event team drafts it, management approves it
 * (after the planning steps), the public calendar shows it.
 */
@KlimaflowTest
class EventFlowBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void draftedApprovedAndPublic() throws Exception {
        TestUsers.ensure(identityService);
        jdbc.update("insert into venue (name, street, postal_code, city, capacity) select 'Burg Oschersleben (Test)', "
                + "'An der Burg 1', '39387', 'Oschersleben', 120 where not exists "
                + "(select 1 from venue where name = 'Burg Oschersleben (Test)')");
        Files.createDirectories(Chromium.SCREENSHOTS);
        String title = "Regionalforum Altmark " + System.currentTimeMillis() % 100000;

        try (BrowserContext staff = context()) {
            Page page = signIn(staff, TestUsers.EVENT_TEAM);
            page.navigate(base() + "/events/new");
            text(page, ".event-title", title);
            page.locator("vaadin-select").first().waitFor();
            page.locator(".event-venue input").click();
            page.locator(".event-venue input").fill("Burg Oschersleben (Test)");
            page.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Burg Oschersleben (Test)"))
                    .first()
                    .click();
            // far enough ahead that the event leads the list (newest deadline first) beside other tests' events
            java.time.LocalDate deadline =
                    java.time.LocalDate.now(de.klimaflow.platform.Formats.ZONE).plusDays(90);
            java.time.format.DateTimeFormatter german = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
            dateTime(page, ".event-deadline", deadline.format(german), "23:59");
            text(page, ".event-contact-name", "Eva Winkler");
            text(page, ".event-contact-email", "eva@lena.example");
            text(page, ".part-title", "Abendveranstaltung");
            dateTime(page, ".part-start", deadline.plusDays(9).format(german), "18:00");
            dateTime(page, ".part-end", deadline.plusDays(9).format(german), "20:30");
            text(page, ".part-capacity", "60");
            page.locator(".part-audiences vaadin-checkbox").first().click();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("event-draft.png"))
                    .setFullPage(true));
            page.locator("vaadin-button.create-event").click();
            try {
                page.waitForURL("**/events");
            } finally {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("event-created.png"))
                        .setFullPage(true));
            }
            page.getByText(title).waitFor();
        }
        // venue and agenda are the event team's next steps; here only the approval is walked through the UI
        for (String step : List.of("Task_BookVenue", "Task_PrepareAgenda")) {
            var task =
                    taskService
                            .createTaskQuery()
                            .processDefinitionKey("event-planning")
                            .taskDefinitionKey(step)
                            .list()
                            .stream()
                            .filter(t -> t.getName() != null)
                            .filter(t -> isOurs(t.getProcessInstanceId(), title))
                            .findFirst()
                            .orElseThrow();
            taskService.complete(task.getId());
        }

        try (BrowserContext management = context()) {
            Page page = signIn(management, TestUsers.MANAGEMENT);
            page.getByText(title).first().dblclick();
            page.locator(".approval-decision vaadin-radio-button").first().click();
            page.locator("vaadin-button.complete").click();
            page.waitForURL(base() + "/");
        }

        try (BrowserContext visitor = context()) {
            Page page = visitor.newPage();
            page.navigate(base() + "/veranstaltungen");
            page.getByText(title).waitFor();
            page.getByText(title).click();
            page.getByText("Noch 60 von 60 Plätzen frei").waitFor();
            assertThat(page.locator("h1").textContent()).isEqualTo(title);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("public-event.png"))
                    .setFullPage(true));
        }
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private boolean isOurs(String processInstanceId, String title) {
        String key = runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getBusinessKey();
        return title.equals(
                jdbc.queryForObject("select title from event where id = ?", String.class, Long.valueOf(key)));
    }

    private BrowserContext context() {
        return chromium.germanContext();
    }

    private Page signIn(BrowserContext context, String user) {
        return Chromium.signIn(context, base(), user);
    }

    private static void text(Page page, String field, String value) {
        Locator input = page.locator(field + " input").first();
        input.fill(value);
        input.press("Tab");
    }

    private static void dateTime(Page page, String field, String date, String time) {
        Locator inputs = page.locator(field + " input");
        inputs.nth(0).fill(date);
        inputs.nth(0).press("Enter");
        inputs.nth(1).fill(time);
        inputs.nth(1).press("Enter");
        inputs.nth(1).press("Tab");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
