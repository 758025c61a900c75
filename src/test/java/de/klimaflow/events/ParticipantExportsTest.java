package de.klimaflow.events;

import static org.assertj.core.api.Assertions.assertThat;

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

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.Registrations;
import de.klimaflow.support.KlimaflowTest;

/** The exports open in real readers: POI reads the XLSX, PDFBox the PDFs; the names are there. */
@KlimaflowTest
class ParticipantExportsTest {

    @Autowired
    ParticipantExports exports;
    @Autowired
    EventService events;
    @Autowired
    VenueRepository venues;
    @Autowired
    Registrations registrations;
    @Autowired
    de.klimaflow.registration.RegistrationService registrationService;

    private long event;
    private long jana;

    @BeforeEach
    void event() {
        long venue = EventDraftsForTests.venue(events);
        event = events.create(EventDraftsForTests.forum(venue, null));
        Set<Long> parts = Set.copyOf(events.find(event).orElseThrow().getParts().stream().map(EventPart::getId).toList());
        jana = registrationService.registerConfirmed(event, parts, "Jana Krüger", "jana@example.org", "Stadt Oschersleben (Bode)",
                ParticipantRole.ADMINISTRATION, Locale.GERMAN);
        registrationService.registerConfirmed(event, parts, "Łukasz Nowak", "lukasz@example.org", "=HYPERLINK(\"http://evil\")",
                ParticipantRole.OTHER, Locale.GERMAN);
        registrationService.registerConfirmed(event, parts, "Sabine Meyer", "sabine@example.org", null,
                ParticipantRole.ELECTED_OFFICIAL, Locale.GERMAN);
        registrations.markAttended(event, jana, true);
    }

    @Test
    void csvListsEveryoneAndDefusesFormulas() {
        String csv = new String(exports.csv(event), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName;Organisation;Rolle;Programmteile;Anwesend\r\n")
                .contains("\"Jana Krüger\";\"Stadt Oschersleben (Bode)\";ADMINISTRATION;\"Abendveranstaltung, Workshoptag\";ja")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains("\"Sabine Meyer\"");
    }

    @Test
    void xlsxOpensInPoi() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(event)))) {
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
            assertThat(names.get(0)).isEqualTo("Name");
            assertThat(names.subList(1, names.size())).containsExactlyInAnyOrder("Jana Krüger", "Łukasz Nowak", "Sabine Meyer");
            assertThat(workbook.getSheetAt(0).getRow(names.indexOf("Jana Krüger")).getCell(4).getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void signInSheetAndBadgesNameEveryone() throws Exception {
        String sheet = text(exports.signInSheet(event));
        assertThat(sheet).contains("Teilnehmerliste zum Unterschreiben").contains("Jana Krüger").contains("Sabine Meyer")
                .contains("?ukasz Nowak"); // Ł is outside the standard PDF font; it never breaks the file
        assertThat(text(exports.badges(event))).contains("Jana Krüger", "Sabine Meyer", "Stadt Oschersleben (Bode)");
    }

    @Test
    void certificatesOnlyForThoseWhoCame() throws Exception {
        byte[] pdf = exports.certificates(event);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
        }
        assertThat(text(pdf)).contains("Teilnahmebescheinigung").contains("Jana Krüger")
                .contains("03.12.2026–04.12.2026").doesNotContain("Sabine Meyer");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
