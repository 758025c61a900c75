package de.klimaflow.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.PdfPage;

/**
 * Lists for the venue, the catering and the door: participants as CSV and XLSX, a sign-in sheet, name
 * badges and attendance certificates as PDF. Made with Apache POI and PDFBox.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantExports {

    /** Column headers, as keys of the UI bundles. */
    private static final List<String> HEADER = List.of(
            "export.col.name",
            "export.col.organisation",
            "export.col.role",
            "export.col.parts",
            "export.col.needs",
            "export.col.accessibility",
            "export.col.attended");

    /** The venue's: no catering notes (the caterer gets those, counted) and no attendance. */
    private static final List<String> VENUE_HEADER = List.of(
            "export.col.name",
            "export.col.organisation",
            "export.col.role",
            "export.col.parts",
            "export.col.accessibility");

    static final float MARGIN = PdfPage.MARGIN;

    private final EventService events;
    private final CheckIns checkIns;
    private final EventRegistrations registrations;
    private final AgencyProperties agency;
    private final I18NProvider texts;

    public ParticipantExports(
            EventService events,
            CheckIns checkIns,
            EventRegistrations registrations,
            AgencyProperties agency,
            I18NProvider texts) {
        this.texts = texts;
        this.events = events;
        this.checkIns = checkIns;
        this.registrations = registrations;
        this.agency = agency;
    }

    /** Semicolon-separated with a byte-order mark, as German spreadsheet programs expect. */
    public byte[] csv(long eventId, Locale locale) {
        return csv(eventId, locale, false);
    }

    /**
     * The venue's copy, sent before the event: who comes and what they need to take part, with a name only where the
     * person agreed; without an attendance column (someone checked in early would read as "came" before anyone did).
     */
    public byte[] venueCsv(long eventId, Locale locale) {
        return csv(eventId, locale, true);
    }

    private byte[] csv(long eventId, Locale locale, boolean forVenue) {
        Event event = event(eventId);
        StringBuilder out = new StringBuilder("\uFEFF")
                .append(String.join(
                        ";",
                        (forVenue ? VENUE_HEADER : HEADER)
                                .stream().map(key -> text(key, locale)).toList()))
                .append("\r\n");
        for (Participant p : registrations.participants(eventId)) {
            out.append(cells(event, p, locale, forVenue).stream()
                            .map(ParticipantExports::csvCell)
                            .collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(long eventId, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Event event = event(eventId);
            Sheet sheet = workbook.createSheet("Teilnehmende");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(text(HEADER.get(i), locale));
            }
            int rowIndex = 1;
            for (Participant p : registrations.participants(eventId)) {
                Row row = sheet.createRow(rowIndex++);
                List<String> cells = cells(event, p, locale, false);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            for (int i = 0; i < HEADER.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One participant's row, under {@link #HEADER} or, for the venue, {@link #VENUE_HEADER}. */
    private List<String> cells(Event event, Participant p, Locale locale, boolean forVenue) {
        List<String> cells = new java.util.ArrayList<>(List.of(
                p.name(),
                p.organisation() == null ? "" : p.organisation(),
                roleLabel(p, locale),
                parts(event, p.partIds())));
        if (!forVenue) {
            cells.add(p.needs() == null ? "" : p.needs());
        }
        cells.add(p.accessibility() == null || (forVenue && !p.accessibilityToVenue()) ? "" : p.accessibility());
        if (!forVenue) {
            cells.add(attendance(event, p, locale));
        }
        return cells;
    }

    /** "Teilnehmerliste zum Unterschreiben": per part, one row per participant with room for a signature. */
    public byte[] signInSheet(long eventId) {
        Event event = event(eventId);
        List<Participant> participants = registrations.participants(eventId);
        return PdfPage.document(
                "Teilnehmerliste: " + event.getTitle(),
                Locale.GERMAN,
                document -> DoorPages.signInSheet(document, event, participants));
    }

    /** Name badges, eight to a page, one set per part. */
    public byte[] badges(long eventId) {
        Event event = event(eventId);
        List<Participant> participants = registrations.participants(eventId);
        return PdfPage.document(
                "Namensschilder: " + event.getTitle(),
                Locale.GERMAN,
                document -> DoorPages.badges(document, event, participants));
    }

    /** How many participants were checked in as present: one certificate each. */
    public long attendees(long eventId) {
        return registrations.participants(eventId).stream()
                .filter(Participant::attended)
                .count();
    }

    /** Whether certificates can be made: from the event's start on (nobody has attended before). */
    public boolean certificatesAvailable(long eventId) {
        return checkIns.hasStarted(eventId);
    }

    /** One "Teilnahmebescheinigung" page for each participant checked in as present, once the event has started. */
    public byte[] certificates(long eventId) {
        return certificatesOf(eventId, participant -> true);
    }

    /** The certificate of one participant who attended, for the thank-you mail; empty when they did not attend. */
    public java.util.Optional<byte[]> certificateOf(long eventId, long registrationId) {
        boolean attended = registrations.participants(eventId).stream()
                .anyMatch(p -> p.registrationId() == registrationId && p.attended());
        return attended
                ? java.util.Optional.of(certificatesOf(eventId, p -> p.registrationId() == registrationId))
                : java.util.Optional.empty();
    }

    private byte[] certificatesOf(long eventId, java.util.function.Predicate<Participant> whose) {
        if (!checkIns.hasStarted(eventId)) {
            // nobody has attended an event that has not begun
            throw new IllegalStateException("attendance certificates exist only once the event has started");
        }
        Event event = event(eventId);
        List<Participant> attendees = registrations.participants(eventId).stream()
                .filter(Participant::attended)
                .filter(whose)
                .toList();
        return PdfPage.document(
                "Teilnahmebescheinigung: " + event.getTitle(),
                Locale.GERMAN,
                document -> CertificatePages.draw(document, event, attendees, agency.name()));
    }

    private Event event(long eventId) {
        return events.find(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }

    /** "ja"/"nein" for an event of one part; else the parts the person came to, or "nein". */
    private String attendance(Event event, Participant p, Locale locale) {
        return p.attended() && event.getParts().size() > 1
                ? parts(event, p.attendedPartIds())
                : text(p.attended() ? "export.yes" : "export.no", locale);
    }

    private static String parts(Event event, java.util.Set<Long> partIds) {
        Map<Long, String> titles =
                event.getParts().stream().collect(Collectors.toMap(EventPart::getId, EventPart::getTitle));
        return partIds.stream().map(titles::get).filter(t -> t != null).sorted().collect(Collectors.joining(", "));
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }

    /** The role as people read it, not its code. */
    private String roleLabel(Participant participant, Locale locale) {
        return text("registration.role." + participant.role().name(), locale);
    }

    /** Quotes a CSV cell; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
    static String csvCell(@org.jspecify.annotations.Nullable String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
