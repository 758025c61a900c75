package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.PressReleases;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FieldErrors;

/** The event's press release: its text (editable by the event team and management) and its DOCX and PDF. */
class PressReleasePanel extends Composite<VerticalLayout> {

    PressReleasePanel(PressReleases pressReleases, long eventId, boolean editable) {
        VerticalLayout section = getContent();
        section.setPadding(false);
        section.addClassName("press-release");
        TextArea text = new TextArea(getTranslation("press.text"));
        text.setValue(pressReleases.text(eventId));
        text.setMaxLength(PressReleases.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setReadOnly(!editable);
        section.add(new H3(getTranslation("press.title")), text);
        if (editable) {
            Button save = new Button(getTranslation("press.save"), click -> {
                if (FieldErrors.refuseIf(this, text, text.getValue().isBlank(), "press.empty")) {
                    return;
                }
                pressReleases.save(eventId, text.getValue());
                Notification.show(getTranslation("press.saved"));
            });
            save.addClassName("save-press-release");
            section.add(save);
        }
        section.add(
                DownloadLink.of(
                        this, "press.docx", "pressemitteilung-" + eventId + ".docx", () -> pressReleases.docx(eventId)),
                DownloadLink.of(
                        this, "press.pdf", "pressemitteilung-" + eventId + ".pdf", () -> pressReleases.pdf(eventId)));
    }
}
