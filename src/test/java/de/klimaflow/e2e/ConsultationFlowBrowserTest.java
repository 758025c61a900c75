package de.klimaflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.TestUsers;

/**
 * A consultation in the real Chromium: a municipality sends the public contact form, an advisor finds
 * the new case in the task list, holds the initial consultation and sees the funding proposal.
 */
@KlimaflowTest
class ConsultationFlowBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void fromTheContactFormToTheFundingProposal() throws Exception {
        TestUsers.ensure(identityService);
        Files.createDirectories(Chromium.SCREENSHOTS);
        clock.advance(Duration.ofMinutes(11)); // a full allowance of public submissions
        String email = "kontakt-" + System.nanoTime() + "@genthin.example";

        try (BrowserContext visitor = chromium.germanContext()) {
            Page page = visitor.newPage();
            page.navigate(base() + "/beratung");
            page.locator("#municipality").fill("Stadt Genthin");
            page.locator("#contactName").fill("Karla Berg");
            page.locator("#contactEmail").fill(email);
            page.locator("#question").fill("Wir möchten eine erste Stelle schaffen. Ein Konzept haben wir noch nicht.");
            page.locator("#privacyConsent").check();
            clock.advance(Duration.ofSeconds(5)); // a person takes a few seconds to fill in the form
            page.locator("button.primary").click();
            page.getByText("Vielen Dank für Ihre Anfrage").waitFor();
        }
        long caseId = jdbc.queryForObject("select id from consultation_case where contact_email = ?", Long.class, email);
        String label = "#" + caseId + " · Stadt Genthin";

        try (BrowserContext staff = chromium.germanContext()) {
            Page page = Chromium.signIn(staff, base(), TestUsers.ADVISOR);
            // other tests' tasks may come first: the list renders only the rows in view
            int size = ((Number) page.evaluate("document.querySelector('vaadin-grid').size")).intValue();
            for (int index = 0; index < size && page.getByText(label).count() == 0; index += 5) {
                page.evaluate("i => document.querySelector('vaadin-grid').scrollToIndex(i)", index);
                page.waitForTimeout(100);
            }
            page.getByText(label).first().click();
            page.getByText("Wir möchten eine erste Stelle schaffen.").waitFor();

            page.locator(".case-kind vaadin-radio-button").nth(1).click();
            page.locator(".case-population input").fill("13800");
            page.locator(".case-population input").press("Tab");
            page.locator(".case-concept vaadin-radio-button").nth(1).click();
            page.locator(".case-first-position vaadin-radio-button").nth(0).click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("initial-consultation.png")).setFullPage(true));
            page.locator("vaadin-button.complete").click();
            page.waitForURL(base() + "/");

            page.navigate(base() + "/consultations/" + caseId);
            page.locator(".case-proposal").waitFor();
            String proposal = page.locator(".case-proposal").textContent();
            assertThat(proposal).contains("Vorschlag der Entscheidungstabelle", "Landesförderung Klimaschutzmanagement",
                    "Kommunalrichtlinie: Erstvorhaben");
            assertThat(page.locator(".case-position").textContent()).isEqualTo("Förderempfehlung prüfen");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("case-proposal.png")).setFullPage(true));
        }
        assertThat(jdbc.queryForObject("select stage from consultation_case where id = ?", String.class, caseId))
                .isEqualTo("PROPOSAL");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
