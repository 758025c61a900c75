package de.klimaflow.events.backoffice;

import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import de.klimaflow.events.ParticipantExports;

/** Download links for an event's participant lists, sign-in sheet, badges and certificates. */
public class EventDownloads extends Composite<HorizontalLayout> {

    public EventDownloads(ParticipantExports exports, long eventId) {
        HorizontalLayout layout = getContent();
        layout.setWrap(true);
        layout.addClassName("event-downloads");
        add(layout, "export.csv", "teilnehmende-" + eventId + ".csv", eventId, exports::csv);
        add(layout, "export.xlsx", "teilnehmende-" + eventId + ".xlsx", eventId, exports::xlsx);
        add(layout, "export.signIn", "unterschriftenliste-" + eventId + ".pdf", eventId, exports::signInSheet);
        add(layout, "export.badges", "namensschilder-" + eventId + ".pdf", eventId, exports::badges);
        add(layout, "export.certificates", "teilnahmebescheinigungen-" + eventId + ".pdf", eventId, exports::certificates);
    }

    private void add(HorizontalLayout layout, String labelKey, String fileName, long eventId, LongFunction<byte[]> file) {
        layout.add(link(this, labelKey, fileName, () -> file.apply(eventId)));
    }

    /** A download link whose file is made when it is clicked. */
    @SuppressWarnings("removal")
    static Anchor link(com.vaadin.flow.component.Component i18n, String labelKey, String fileName,
            java.util.function.Supplier<byte[]> file) {
        Anchor link = new Anchor(new StreamResource(fileName, () -> new ByteArrayInputStream(file.get())),
                i18n.getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        link.addClassName("download-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return link;
    }
}
