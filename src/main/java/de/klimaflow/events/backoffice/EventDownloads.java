package de.klimaflow.events.backoffice;

import java.util.function.LongFunction;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import de.klimaflow.events.ParticipantExports;
import de.klimaflow.ui.DownloadLink;

/** Download links for an event's participant lists, sign-in sheet, badges and certificates. */
public class EventDownloads extends Composite<HorizontalLayout> {

    /** Certificates are offered only once the event has started. */
    public EventDownloads(ParticipantExports exports, long eventId, boolean started) {
        HorizontalLayout layout = getContent();
        layout.setWrap(true);
        layout.addClassName("event-downloads");
        add(layout, "export.csv", "teilnehmende-" + eventId + ".csv", eventId, id -> exports.csv(id, getLocale()));
        add(layout, "export.xlsx", "teilnehmende-" + eventId + ".xlsx", eventId, id -> exports.xlsx(id, getLocale()));
        add(layout, "export.signIn", "unterschriftenliste-" + eventId + ".pdf", eventId, exports::signInSheet);
        add(layout, "export.badges", "namensschilder-" + eventId + ".pdf", eventId, exports::badges);
        if (started && exports.attendees(eventId) > 0) {
            add(
                    layout,
                    "export.certificates",
                    "teilnahmebescheinigungen-" + eventId + ".pdf",
                    eventId,
                    exports::certificates);
        } else if (started) {
            // a link to an empty file would fail without a word: say why there is none
            Span none = new Span(getTranslation("export.certificates.none"));
            none.addClassName("no-certificates");
            layout.add(none);
        }
    }

    private void add(
            HorizontalLayout layout, String labelKey, String fileName, long eventId, LongFunction<byte[]> file) {
        layout.add(DownloadLink.of(this, labelKey, fileName, () -> file.apply(eventId)));
    }
}
