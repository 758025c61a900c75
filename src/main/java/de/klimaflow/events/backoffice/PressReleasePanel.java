package de.klimaflow.events.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
        section.add(new H3(getTranslation("press.title")));
        List<PressReleases.ChangedFact> changed = pressReleases.changedSinceDraft(eventId);
        if (!changed.isEmpty()) {
            // the text says something that is no longer true: say what, and offer a new draft
            Div stale = new Div(new Paragraph(getTranslation("press.stale")));
            stale.addClassName("press-release-stale");
            stale.getElement().setAttribute("role", "alert");
            UnorderedList facts = new UnorderedList();
            changed.forEach(
                    fact -> facts.add(new ListItem(factLabel(fact.label()) + ": " + fact.was() + " → " + fact.now())));
            stale.add(facts);
            if (editable) {
                Button redraft = new Button(getTranslation("press.redraft"), click -> {
                    ConfirmDialog confirm = new ConfirmDialog();
                    confirm.setHeader(getTranslation("press.redraft"));
                    confirm.setText(getTranslation("press.redraft.consequence"));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("press.redraft.keep"));
                    confirm.setConfirmText(getTranslation("press.redraft"));
                    confirm.addConfirmListener(done -> {
                        pressReleases.redraft(eventId);
                        text.setValue(pressReleases.text(eventId));
                        stale.setVisible(false);
                        Notification.show(getTranslation("press.redrafted"));
                    });
                    confirm.open();
                });
                redraft.addClassName("redraft-press-release");
                stale.add(redraft);
            }
            section.add(stale);
        }
        section.add(text);
        if (editable) {
            Button save = new Button(getTranslation("press.save"), click -> {
                if (FieldErrors.refuseIf(this, text, text.getValue().isBlank(), "press.empty")) {
                    return;
                }
                pressReleases.save(eventId, text.getValue());
                section.getChildren()
                        .filter(child -> child.hasClassName("press-release-stale"))
                        .forEach(child -> child.setVisible(false));
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

    private String factLabel(String key) {
        return key.startsWith("press.fact.part ")
                ? getTranslation("press.fact.part", key.substring("press.fact.part ".length()))
                : getTranslation(key);
    }
}
