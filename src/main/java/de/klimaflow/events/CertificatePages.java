package de.klimaflow.events;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.PdfPage;

/**
 * The pages of attendance certificates, one per participant: for all of an event, or one person's own. Each names
 * the parts the person was checked in at, and their days.
 */
final class CertificatePages {

    private static final float MARGIN = PdfPage.MARGIN;

    private CertificatePages() {}

    static void draw(PDDocument document, Event event, List<Participant> attendees, String agencyName) {
        for (Participant p : attendees) {
            List<EventPart> attended = event.getParts().stream()
                    .filter(part -> p.attended(part.getId()))
                    .toList();
            String when = Formats.days(
                    attended.get(0).getStartsAt(),
                    attended.get(attended.size() - 1).getEndsAt());
            PdfPage page = new PdfPage(document);
            float y = PDRectangle.A4.getHeight() - 120;
            page.text(MARGIN, y, 11, false, agencyName, PdfPage.WIDTH);
            page.title(MARGIN, y - 60, 22, "Teilnahmebescheinigung");
            y -= 120;
            // "Jana Krüger, Stadt Oschersleben (Bode), hat …": a comma, so brackets never nest
            for (String line : PdfPage.wrap(
                    "Hiermit bestätigen wir, dass " + p.name()
                            + (p.organisation() == null ? "" : ", " + p.organisation() + ",")
                            + " an der Veranstaltung „"
                            + event.getTitle() + "“ am " + when
                            + (event.getVenue() == null
                                    ? ""
                                    : " in " + event.getVenue().address()) + " teilgenommen hat.",
                    12,
                    false,
                    PdfPage.WIDTH)) {
                page.text(MARGIN, y, 12, false, line, PdfPage.WIDTH);
                y -= 18;
            }
            y -= 12;
            for (EventPart part : attended) {
                for (String line : PdfPage.wrap("– " + event.sessionLine(part), 11, false, PdfPage.WIDTH - 10)) {
                    page.text(MARGIN + 10, y, 11, false, line, PdfPage.WIDTH - 10);
                    y -= 16;
                }
            }
            page.text(MARGIN, 140, 11, false, "Magdeburg, " + Formats.date(event.endsAt()));
            page.line(MARGIN, 100, MARGIN + 200, 100);
            page.text(MARGIN, 86, 9, false, agencyName);
            page.close();
        }
    }
}
