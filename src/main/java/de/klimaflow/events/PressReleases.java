package de.klimaflow.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.PdfPage;

/**
 * The press release of an event: drafted from the event data when it is published, then edited by the
 * event team and handed out as DOCX or PDF.
 */
@Service
@Transactional
public class PressReleases {

    public static final int MAX_LENGTH = 8000;

    private final EventRepository events;
    private final AgencyProperties agency;
    private final Links links;
    private final Clock clock;

    public PressReleases(EventRepository events, AgencyProperties agency, Links links, Clock clock) {
        this.events = events;
        this.agency = agency;
        this.links = links;
        this.clock = clock;
    }

    /** Drafts the text once; an edited text is never overwritten. */
    void draftIfMissing(long eventId) {
        Event event = event(eventId);
        if (event.getPressRelease() == null) {
            event.setPressRelease(draft(event));
        }
    }

    @Transactional(readOnly = true)
    public String text(long eventId) {
        String text = event(eventId).getPressRelease();
        return text == null ? "" : text;
    }

    public void save(long eventId, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a press release has 1 to " + MAX_LENGTH + " characters");
        }
        event(eventId).setPressRelease(clean);
    }

    @Transactional(readOnly = true)
    public byte[] docx(long eventId) {
        List<String> paragraphs = paragraphs(text(eventId));
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setText(paragraphs.get(i));
                if (i == 0) {
                    run.setBold(true);
                    run.setFontSize(16);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long eventId) {
        List<String> paragraphs = paragraphs(text(eventId));
        return PdfPage.document(document -> {
            PdfPage page = new PdfPage(document);
            float y = PDRectangle.A4.getHeight() - 80;
            page.text(PdfPage.MARGIN, y, 9, false, agency.name() + " · Pressemitteilung", PdfPage.WIDTH);
            y -= 30;
            for (int i = 0; i < paragraphs.size(); i++) {
                boolean headline = i == 0;
                for (String line : PdfPage.wrap(paragraphs.get(i), headline ? 15 : 10.5f, headline, PdfPage.WIDTH)) {
                    if (y < 70) {
                        page.close();
                        page = new PdfPage(document);
                        y = PDRectangle.A4.getHeight() - 70;
                    }
                    page.text(PdfPage.MARGIN, y, headline ? 15 : 10.5f, headline, line);
                    y -= headline ? 20 : 15;
                }
                y -= 8;
            }
            page.close();
        });
    }

    /** The draft: headline, place and date line, what, programme, registration, contact. */
    String draft(Event event) {
        String city = event.getVenue() == null ? "Magdeburg" : event.getVenue().getCity();
        String audiences = event.getParts().stream()
                .flatMap(part -> part.getAudiences().stream())
                .distinct()
                .sorted()
                .map(PressReleases::audience)
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        text.append(event.getTitle()).append("\n\n");
        text.append(city)
                .append(", ")
                .append(Formats.date(clock.instant()))
                .append(". Die ")
                .append(agency.name())
                .append(" lädt ")
                .append(audiences)
                .append(" zu „")
                .append(event.getTitle())
                .append("“ ein.");
        if (event.getDescription() != null) {
            text.append(' ').append(event.getDescription());
        }
        text.append("\n\nDas Programm:\n");
        for (EventPart part : event.getParts()) {
            text.append("– ").append(event.sessionLine(part));
            if (part.getDescription() != null) {
                text.append(": ").append(part.getDescription());
            }
            text.append('\n');
        }
        text.append('\n')
                .append(event.isFreeOfCharge() ? "Die Teilnahme ist kostenfrei. " : "")
                .append("Die Plätze sind begrenzt; um Anmeldung bis zum ")
                .append(Formats.date(event.getRegistrationDeadline()))
                .append(" wird gebeten: ")
                .append(links.absolute(Links.eventPage(event.getId())))
                .append("\n\n");
        text.append("Pressekontakt: ")
                .append(event.getContactName())
                .append(", ")
                .append(event.getContactEmail());
        return text.toString();
    }

    private static String audience(Audience audience) {
        return switch (audience) {
            case ELECTED_OFFICIALS -> "kommunale Mandatsträgerinnen und Mandatsträger";
            case ADMINISTRATION -> "Mitarbeitende der kommunalen Verwaltungen";
            case CLIMATE_MANAGERS -> "Klimaschutzmanagerinnen und -manager";
            case OTHERS -> "alle Interessierten";
        };
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\\R")).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }

    private Event event(long eventId) {
        return events.findWithDetailsById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }
}
