package de.klimaflow.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
            event.setPressReleaseFacts(facts(event));
        }
    }

    /** One fact the text was drafted from that is different now, e.g. the registration deadline. */
    public record ChangedFact(String label, String was, String now) {}

    /**
     * The facts that changed since the text was drafted (dates, deadline, place, contact): the draft says what is no
     * longer true. Empty when nothing changed, or when no draft exists.
     */
    @Transactional(readOnly = true)
    public List<ChangedFact> changedSinceDraft(long eventId) {
        Event event = event(eventId);
        String stored = event.getPressReleaseFacts();
        if (stored == null || event.getPressRelease() == null) {
            return List.of();
        }
        java.util.Map<String, String> was = parse(stored);
        java.util.Map<String, String> now = parse(facts(event));
        List<ChangedFact> changed = new java.util.ArrayList<>();
        java.util.Set<String> labels = new java.util.LinkedHashSet<>(now.keySet());
        labels.addAll(was.keySet());
        for (String label : labels) {
            String before = was.getOrDefault(label, "–");
            String after = now.getOrDefault(label, "–");
            if (!before.equals(after)) {
                changed.add(new ChangedFact(label, before, after));
            }
        }
        return changed;
    }

    /** Drafts the text again from today's facts, replacing the old text (the staff asked for it). */
    public void redraft(long eventId) {
        Event event = event(eventId);
        event.setPressRelease(draft(event));
        event.setPressReleaseFacts(facts(event));
    }

    /** The facts a draft uses, one "label=value" line each (labels are bundle keys). */
    private String facts(Event event) {
        StringBuilder facts = new StringBuilder();
        facts.append("press.fact.title=").append(oneLine(event.getTitle())).append('\n');
        facts.append("press.fact.place=")
                .append(
                        event.getVenue() == null
                                ? "–"
                                : oneLine(event.getVenue().address()))
                .append('\n');
        for (EventPart part : event.getParts()) {
            facts.append("press.fact.part ")
                    .append(oneLine(part.getTitle()))
                    .append('=')
                    .append(oneLine(event.sessionLine(part)))
                    .append('\n');
        }
        facts.append("press.fact.deadline=")
                .append(Formats.dateTime(event.getRegistrationDeadline()))
                .append('\n');
        facts.append("press.fact.contact=")
                .append(oneLine(event.getContactName() + ", " + event.getContactEmail()))
                .append('\n');
        return facts.toString();
    }

    private static java.util.Map<String, String> parse(String facts) {
        java.util.Map<String, String> parsed = new java.util.LinkedHashMap<>();
        facts.lines().filter(line -> line.contains("=")).forEach(line -> {
            int split = line.indexOf('=');
            parsed.put(line.substring(0, split), line.substring(split + 1));
        });
        return parsed;
    }

    private static String oneLine(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "–" : value.replace('\n', ' ').replace('=', '-').strip();
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
        Event event = event(eventId);
        event.setPressRelease(clean);
        // whoever saves the text has it in front of them with today's facts: it is up to date again
        event.setPressReleaseFacts(facts(event));
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
        return PdfPage.document("Pressemitteilung: " + paragraphs.get(0), Locale.GERMAN, document -> {
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
                    if (headline) {
                        page.title(PdfPage.MARGIN, y, 15, line);
                    } else {
                        page.text(PdfPage.MARGIN, y, 10.5f, false, line);
                    }
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
