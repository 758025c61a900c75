package de.klimaflow.events;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.PdfPage;

/** What the door of each part needs on paper: the sign-in sheet and the name badges, one set per part. */
final class DoorPages {

    private static final float MARGIN = PdfPage.MARGIN;

    private DoorPages() {}

    /**
     * "Teilnehmerliste zum Unterschreiben", one list per part: who signs in at the evening is who has a seat there,
     * not everyone of the event.
     */
    static void signInSheet(PDDocument document, Event event, List<Participant> participants) {
        for (EventPart part : event.getParts()) {
            List<Participant> seated = participants.stream()
                    .filter(p -> p.partIds().contains(part.getId()))
                    .toList();
            int index = 0;
            while (index < seated.size() || index == 0) {
                PdfPage page = new PdfPage(document);
                float y = page.heading(
                        "Teilnehmerliste zum Unterschreiben", event.getTitle() + " · " + event.sessionLine(part));
                y -= 10;
                page.row(y, true, "Nr.", "Name", "Organisation", "Unterschrift");
                y -= 26;
                while (index < seated.size() && y > MARGIN + 26) {
                    Participant p = seated.get(index++);
                    page.row(
                            y,
                            false,
                            Integer.toString(index),
                            p.name(),
                            p.organisation() == null ? "" : p.organisation(),
                            "");
                    y -= 26;
                }
                page.close();
                if (seated.isEmpty()) {
                    break;
                }
            }
        }
    }

    /**
     * Name badges, eight to a page, one set per part (each part's begins on a page of its own): handed out at the door
     * of the part, each badge names it.
     */
    static void badges(PDDocument document, Event event, List<Participant> participants) {
        float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 2;
        float height = (PDRectangle.A4.getHeight() - 2 * MARGIN) / 4;
        for (EventPart part : event.getParts()) {
            List<Participant> seated = participants.stream()
                    .filter(p -> p.partIds().contains(part.getId()))
                    .toList();
            // the event's title on two lines at most, wrapped rather than cut, and the part under it
            List<String> title = PdfPage.wrap(event.getTitle(), 8, false, width - 28);
            String partLine = part.getTitle() + " · " + Formats.date(part.getStartsAt());
            for (int start = 0; start < seated.size(); start += 8) {
                PdfPage page = new PdfPage(document);
                for (int i = start; i < Math.min(start + 8, seated.size()); i++) {
                    Participant p = seated.get(i);
                    float x = MARGIN + ((i - start) % 2) * width;
                    float y = PDRectangle.A4.getHeight() - MARGIN - ((i - start) / 2 + 1) * height;
                    page.box(x, y, width, height);
                    page.text(x + 14, y + height - 40, 18, true, p.name(), width - 28);
                    page.text(
                            x + 14,
                            y + height - 62,
                            11,
                            false,
                            p.organisation() == null ? "" : p.organisation(),
                            width - 28);
                    for (int line = 0; line < Math.min(2, title.size()); line++) {
                        page.text(x + 14, y + 36 - line * 10, 8, false, title.get(line), width - 28);
                    }
                    page.text(x + 14, y + 14, 8, true, partLine, width - 28);
                }
                page.close();
            }
        }
    }
}
