package de.klimaflow.events;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.registration.Registrations;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PdfDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exports open in real readers: POI reads the XLSX, PDFBox the PDFs; the names are there. */
@KlimaflowTest
class ParticipantExportsTest {

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    Venues venues;

    @Autowired
    ParticipantExports exports;

    @Autowired
    EventService events;

    @Autowired
    Registrations registrations;

    @Autowired
    de.klimaflow.support.TestClock clock;

    private long event;
    private long jana;

    @BeforeEach
    void event() {
        long venue = EventDraftsForTests.venue(venues);
        event = events.create(EventDraftsForTests.forum(venue, null));
        Set<Long> parts = Set.copyOf(events.find(event).orElseThrow().getParts().stream()
                .map(EventPart::getId)
                .toList());
        jana = intake.registerConfirmed(
                event,
                parts,
                "Jana Krüger",
                "jana@example.org",
                "Stadt Oschersleben (Bode)",
                ParticipantRole.ADMINISTRATION,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                parts,
                "Łukasz Nowak",
                "lukasz@example.org",
                "=HYPERLINK(\"http://evil\")",
                ParticipantRole.OTHER,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                parts,
                "Sabine Meyer",
                "sabine@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        // seated in both parts, came to the evening only
        registrations.markAttended(
                event, jana, events.find(event).orElseThrow().getParts().get(0).getId(), true, "Abendveranstaltung");
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    /** Lets the business clock reach the event's start. */
    private void eventHasStarted() {
        clock.advance(java.time.Duration.between(
                        clock.instant(), events.find(event).orElseThrow().startsAt())
                .plusMinutes(1));
    }

    @Test
    void csvListsEveryoneAndDefusesFormulas() {
        String csv = new String(exports.csv(event, java.util.Locale.GERMAN), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFName;Organisation;Rolle;Programmteile;Verpflegung;Barrierefreiheit;Anwesend\r\n")
                .contains(
                        "\"Jana Krüger\";\"Stadt Oschersleben (Bode)\";\"Kommunalverwaltung\";\"Abendveranstaltung, Workshoptag\";\"\";\"\";\"Abendveranstaltung\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("\"Sabine Meyer\"");
        String english = new String(exports.csv(event, java.util.Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(english)
                .startsWith("\uFEFFName;Organisation;Role;Parts;Dietary needs;Accessibility;Present\r\n")
                .contains(";\"Municipal administration\";")
                .doesNotContain("ADMINISTRATION");
    }

    /** What someone needs to take part goes to the venue with their name only if they agreed; catering notes never. */
    @Test
    void theVenueGetsAccessibilityNeedsWithANameOnlyWithConsent() {
        Set<Long> evening =
                Set.of(events.find(event).orElseThrow().getParts().get(0).getId());
        intake.registerByStaff(
                event,
                evening,
                new de.klimaflow.registration.NewRegistration(
                        "Gerd Gebärde",
                        "gerd@example.org",
                        null,
                        ParticipantRole.OTHER,
                        "vegan",
                        "Gebärdensprachdolmetschen",
                        true,
                        Locale.GERMAN));
        intake.registerByStaff(
                event,
                evening,
                new de.klimaflow.registration.NewRegistration(
                        "Rosa Rollstuhl",
                        "rosa@example.org",
                        null,
                        ParticipantRole.OTHER,
                        null,
                        "Rollstuhlplatz",
                        false,
                        Locale.GERMAN));
        String venue = new String(exports.venueCsv(event, Locale.GERMAN), StandardCharsets.UTF_8);
        assertThat(venue)
                .startsWith("\uFEFFName;Organisation;Rolle;Programmteile;Barrierefreiheit\r\n")
                .contains("\"Gerd Gebärde\";\"\";\"Sonstige\";\"Abendveranstaltung\";\"Gebärdensprachdolmetschen\"\r\n")
                .contains("\"Rosa Rollstuhl\";\"\";\"Sonstige\";\"Abendveranstaltung\";\"\"\r\n")
                .doesNotContain("Rollstuhlplatz", "vegan");
        assertThat(new String(exports.csv(event, Locale.GERMAN), StandardCharsets.UTF_8))
                .as("staff see both")
                .contains("\"vegan\";\"Gebärdensprachdolmetschen\"")
                .contains("\"\";\"Rollstuhlplatz\"");
    }

    @Test
    void xlsxOpensInPoi() throws Exception {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(event, java.util.Locale.GERMAN)))) {
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
            assertThat(names.get(0)).isEqualTo("Name");
            assertThat(names.subList(1, names.size()))
                    .containsExactlyInAnyOrder("Jana Krüger", "Łukasz Nowak", "Sabine Meyer");
            assertThat(workbook.getSheetAt(0)
                            .getRow(names.indexOf("Jana Krüger"))
                            .getCell(6)
                            .getStringCellValue())
                    .as("the parts she came to")
                    .isEqualTo("Abendveranstaltung");
        }
    }

    @Test
    void signInSheetAndBadgesNameEveryone() throws Exception {
        String sheet = text(exports.signInSheet(event));
        PdfDocuments.assertTitledWithEmbeddedFonts(exports.signInSheet(event));
        PdfDocuments.assertTitledWithEmbeddedFonts(exports.badges(event));
        assertThat(sheet)
                .contains("Teilnehmerliste zum Unterschreiben")
                .contains("Jana Krüger")
                .contains("Sabine Meyer")
                .as("the embedded font carries Polish letters too")
                .contains("Łukasz Nowak");
        assertThat(text(exports.badges(event))).contains("Jana Krüger", "Sabine Meyer", "Stadt Oschersleben (Bode)");
    }

    /** A person seated only on the workshop day is on the workshop day's sheet and badges only. */
    @Test
    void eachPartHasItsOwnSignInSheetAndBadges() throws Exception {
        List<EventPart> parts = events.find(event).orElseThrow().getParts();
        intake.registerConfirmed(
                event,
                Set.of(parts.get(1).getId()),
                "Wiebke Workshop",
                "wiebke" + System.nanoTime() + "@example.org",
                null,
                ParticipantRole.OTHER,
                java.util.Locale.GERMAN);
        try (PDDocument sheet = Loader.loadPDF(exports.signInSheet(event))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String evening = stripper.getText(sheet);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String workshop = stripper.getText(sheet);
            assertThat(evening).contains("Abendveranstaltung", "Jana Krüger").doesNotContain("Wiebke Workshop");
            assertThat(workshop).contains("Workshoptag", "Wiebke Workshop");
        }
        try (PDDocument badges = Loader.loadPDF(exports.badges(event))) {
            assertThat(badges.getNumberOfPages())
                    .as("a page of badges per part")
                    .isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String evening = stripper.getText(badges);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String workshop = stripper.getText(badges);
            assertThat(evening).contains("Abendveranstaltung", "Jana Krüger").doesNotContain("Wiebke Workshop");
            assertThat(workshop).contains("Workshoptag", "Wiebke Workshop");
        }
    }

    @Test
    void certificatesOnlyForThoseWhoCame() throws Exception {
        // the day before the event
        clock.advance(java.time.Duration.between(
                        clock.instant(), events.find(event).orElseThrow().startsAt())
                .minusDays(1));
        assertThatThrownBy(() -> exports.certificates(event))
                .as("nobody has attended yet")
                .isInstanceOf(IllegalStateException.class);
        eventHasStarted();
        byte[] pdf = exports.certificates(event);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
        }
        PdfDocuments.assertPdfUa(pdf);
        EventPart evening = events.find(event).orElseThrow().getParts().get(0);
        EventPart workshop = events.find(event).orElseThrow().getParts().get(1);
        // the text as one line: the certificate wraps long sentences
        String certificate = text(pdf).replaceAll("\\s+", " ");
        assertThat(certificate)
                .contains("Teilnahmebescheinigung")
                .contains("Jana Krüger, Stadt Oschersleben (Bode), an der Veranstaltung")
                .as("the venue's whole address")
                .contains(events.find(event).orElseThrow().getVenue().address())
                .as("the day and the part she came to, not the one she missed")
                .contains("am " + de.klimaflow.platform.Formats.date(evening.getStartsAt()) + " in")
                .contains(evening.getTitle())
                .doesNotContain(workshop.getTitle())
                .doesNotContain("Sabine Meyer");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void nothingIsDrawnOutsideThePageBoxEvenWithLongTitlesAndNames() throws Exception {
        intake.registerConfirmed(
                event,
                Set.copyOf(events.find(event).orElseThrow().getParts().stream()
                        .map(EventPart::getId)
                        .toList()),
                "Maximiliane Theodora von Hohenzollern-Sigmaringen-Oberschwaben",
                "max@example.org",
                "Verbandsgemeinde Elbe-Heide und Stadtwerke Haldensleben Gesellschaft mbH",
                ParticipantRole.CLIMATE_MANAGER,
                Locale.GERMAN);
        eventHasStarted();
        for (byte[] pdf : List.of(
                exports.signInSheet(event),
                exports.badges(event),
                exports.certificates(event),
                de.klimaflow.platform.PdfPage.lines(
                        "Auskunft über gespeicherte Daten",
                        "x ".repeat(200),
                        List.of("y".repeat(300), "# " + "Abschnitt ".repeat(40)),
                        Locale.GERMAN))) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 72);
                    int strip = (int) (de.klimaflow.platform.PdfPage.MARGIN / 2);
                    for (int x = image.getWidth() - strip; x < image.getWidth(); x++) {
                        for (int y = 0; y < image.getHeight(); y++) {
                            assertThat(image.getRGB(x, y) & 0xFFFFFF)
                                    .as("page %d: ink at x=%d y=%d, in the right margin", page, x, y)
                                    .isEqualTo(0xFFFFFF);
                        }
                    }
                }
            }
        }
    }
}
