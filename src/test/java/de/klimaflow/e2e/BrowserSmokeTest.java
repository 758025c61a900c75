package de.klimaflow.e2e;

import java.nio.file.Files;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's Chromium, driven by Playwright, against the running app: sign in and see the task list. */
@KlimaflowTest
class BrowserSmokeTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    ConsultationService cases;

    @Test
    void staffSignsInThroughTheLoginPageAndSeesTheirTasks() throws Exception {
        TestUsers.ensure(identityService);
        long caseId = cases.open(
                new NewCase(
                        "Stadt Haldensleben",
                        "Kai Brandt",
                        "brandt@haldensleben.example",
                        null,
                        "Gibt es Vorlagen für die Stellenausschreibung?"),
                Channel.WEB);
        String caseLabel = "#" + caseId + " · Stadt Haldensleben";
        Files.createDirectories(Chromium.SCREENSHOTS);

        try (BrowserContext context = chromium.laptopContext()) {
            Page page = context.newPage();
            // the root is the public start page; staff sign in from there
            page.navigate("http://localhost:" + port + "/");
            page.waitForURL("**/start");
            page.getByText("Anmelden").click();
            page.waitForURL("**/login");

            // a wrong password gets a clear message
            page.locator("input[name='username']").fill(TestUsers.SECOND_ADVISOR);
            page.locator("input[name='password']").fill("falsch");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL("**/login?error");
            page.getByText("Benutzername oder Passwort ist falsch").waitFor();
            identityService.unlockUser(TestUsers.SECOND_ADVISOR);

            page.locator("input[name='username']").fill(TestUsers.ADVISOR);
            page.locator("input[name='password']").fill(TestUsers.PASSWORD);
            page.locator("input[name='password']").press("Enter");

            page.locator("vaadin-grid").waitFor();
            // the rows are there (other tests' tasks may come first: the case is looked for below)
            page.waitForFunction("document.querySelector('vaadin-grid').size > 0");
            assertThat(page.title()).contains("Aufgaben");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("task-list.png"))
                    .setFullPage(true));

            // on a 1,366 px laptop the claim button is in view without scrolling sideways, and claiming stays on the
            // list
            Locator claim = page.getByRole(
                    com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions()
                            .setName("Aufgabe „Erstberatung führen“ zu " + caseLabel + " übernehmen")
                            .setExact(true));
            // other tests' tasks may come first: the list scrolls down (it renders only the rows in view), never
            // sideways
            int size = ((Number) page.evaluate("document.querySelector('vaadin-grid').size")).intValue();
            for (int index = 0; index < size && claim.count() == 0; index += 5) {
                page.evaluate("i => document.querySelector('vaadin-grid').scrollToIndex(i)", index);
                page.waitForTimeout(100);
            }
            claim.scrollIntoViewIfNeeded();
            var box = claim.boundingBox();
            assertThat(box.x + box.width)
                    .as("claim button inside the window's width")
                    .isLessThanOrEqualTo(1366);
            assertThat(page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling")
                    .isEqualTo(true);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("task-list-1366.png")));
            String listUrl = page.url();
            claim.click();
            page.getByText("Aufgabe übernommen.").waitFor();
            assertThat(page.url()).as("claiming stays on the list").isEqualTo(listUrl);

            // one click on the row opens the task
            page.getByText(caseLabel).click();
            page.getByText("Gibt es Vorlagen für die Stellenausschreibung?").waitFor();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("task-form.png"))
                    .setFullPage(true));

            // an unknown route: 404, and the page says so inside the staff shell
            var response = page.navigate("http://localhost:" + port + "/no-such-view");
            assertThat(response.status()).isEqualTo(404);
            page.getByText("Seite nicht gefunden").waitFor();
            assertThat(page.locator("vaadin-side-nav").count()).isOne();
        }
        assertThat(Chromium.SCREENSHOTS.resolve("task-list.png")).isNotEmptyFile();
    }
}
