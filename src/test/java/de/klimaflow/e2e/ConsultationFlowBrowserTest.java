package de.klimaflow.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import de.klimaflow.consultation.CaseDocuments;
import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

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
        long caseId =
                jdbc.queryForObject("select id from consultation_case where contact_email = ?", Long.class, email);
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

            // an empty form: the first field in error takes the focus, so its message is read out at once
            page.locator("vaadin-button.complete").click();
            page.waitForFunction("() => document.activeElement && document.activeElement.closest('.case-kind')");
            assertThat(page.locator(".case-kind").getAttribute("invalid")).isNotNull();

            page.locator(".case-kind vaadin-radio-button").nth(1).click();
            page.locator(".case-population input").fill("13800");
            page.locator(".case-population input").press("Tab");
            page.locator(".case-concept vaadin-radio-button").nth(1).click();
            page.locator(".case-first-position vaadin-radio-button").nth(0).click();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("initial-consultation.png"))
                    .setFullPage(true));
            page.locator("vaadin-button.complete").click();
            page.waitForURL(base() + "/");

            page.navigate(base() + "/consultations/" + caseId);
            page.locator(".case-proposal").waitFor();
            String proposal = page.locator(".case-proposal").textContent();
            assertThat(proposal)
                    .contains(
                            "Vorschlag der Entscheidungstabelle",
                            "Landesförderung Klimaschutzmanagement",
                            "Kommunalrichtlinie: Erstvorhaben");
            assertThat(page.locator(".case-position").textContent()).isEqualTo("Förderempfehlung prüfen");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Chromium.SCREENSHOTS.resolve("case-proposal.png"))
                    .setFullPage(true));
            uploadsThroughTheRealEndpoint(page, caseId);
        }
        assertThat(jdbc.queryForObject("select stage from consultation_case where id = ?", String.class, caseId))
                .isEqualTo("PROPOSAL");
    }

    /** A 10 MB PDF goes through the upload field; a raw body past the limit and a ZIP bomb as DOCX are refused. */
    private void uploadsThroughTheRealEndpoint(Page page, long caseId) throws Exception {
        byte[] pdf = new byte[CaseDocuments.MAX_BYTES];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        Path file = Files.createTempFile("bescheid", ".pdf");
        Files.write(file, pdf);
        page.locator("vaadin-upload.case-upload input[type=file]").setInputFiles(file);
        page.locator(".case-documents li").first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        Files.delete(file);
        assertThat(documents(caseId)).isEqualTo(1);
        assertThat(page.evaluate("document.querySelector('vaadin-upload.case-upload').i18n.addFiles.one"))
                .as("the upload field speaks German")
                .isEqualTo("Datei auswählen …");

        // a refused file, then the next one: the field takes it without a reload
        Path fake = Files.createTempFile("kein", ".pdf");
        Files.writeString(fake, "<html>kein PDF</html>");
        page.locator("vaadin-upload.case-upload input[type=file]").setInputFiles(fake);
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("Nur PDF-, DOCX-, XLSX- oder ODT-Dateien"))
                .first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        Files.delete(fake);
        Path second = Files.createTempFile("zweites", ".pdf");
        Files.write(second, "%PDF-1.4\n% zweites\n".getBytes(StandardCharsets.US_ASCII));
        page.locator("vaadin-upload.case-upload input[type=file]").setInputFiles(second);
        page.locator(".case-documents li").nth(1).waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        Files.delete(second);
        assertThat(documents(caseId)).isEqualTo(2);

        String target = base() + "/" + page.evaluate("document.querySelector('vaadin-upload.case-upload').target");
        APIResponse raw = page.request()
                .post(
                        target,
                        RequestOptions.create()
                                .setHeader("Content-Type", "application/octet-stream")
                                .setData(java.util.Arrays.copyOf(pdf, CaseDocuments.MAX_BYTES + 1024 * 1024))
                                .setTimeout(60_000));
        assertThat(raw.status()).as("a raw body past the limit").isEqualTo(413);
        APIResponse bomb = page.request()
                .post(
                        target,
                        RequestOptions.create()
                                .setMultipart(FormData.create()
                                        .set(
                                                "file",
                                                new FilePayload("antrag.docx", "application/octet-stream", zipBomb())))
                                .setTimeout(60_000));
        assertThat(bomb.status()).as("a ZIP bomb disguised as DOCX").isEqualTo(413);
        assertThat(documents(caseId)).as("nothing more stored").isEqualTo(2);

        String href = page.locator(".case-documents a").first().getAttribute("href");
        APIResponse download = page.request().get(base() + "/" + href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("content-disposition")).startsWith("attachment");
        assertThat(download.body()).hasSize(CaseDocuments.MAX_BYTES);
    }

    private long documents(long caseId) {
        return jdbc.queryForObject("select count(*) from case_attachment where case_id = ?", Long.class, caseId);
    }

    private static byte[] zipBomb() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
