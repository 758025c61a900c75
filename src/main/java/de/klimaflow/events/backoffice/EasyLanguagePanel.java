package de.klimaflow.events.backoffice;

import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.platform.Links;
import de.klimaflow.ui.FieldErrors;

/**
 * The event team's short text in Leichte Sprache for the public event page. It is German whatever the staff member's
 * language, as the rule asks, and shown on the page under its own heading.
 */
class EasyLanguagePanel extends Composite<Details> {

    EasyLanguagePanel(EventService events, long eventId, Runnable saved) {
        String current = events.find(eventId).orElseThrow().getEasyLanguage();
        TextArea text = new TextArea(getTranslation("event.easyLanguage.field"));
        text.setValue(current == null ? "" : current);
        text.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_EASY_LANGUAGE));
        text.setWidthFull();
        text.getElement().setAttribute("lang", "de");
        text.addClassName("easy-language-text");
        Button save = new Button(getTranslation("event.easyLanguage.save"), click -> {
            try {
                events.describeInEasyLanguage(eventId, text.getValue());
                Notification.show(getTranslation("event.edit.saved"));
                saved.run();
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, Map.of("easyLanguage", text), invalid);
            }
        });
        save.addClassName("easy-language-save");
        VerticalLayout content = new VerticalLayout(
                new Paragraph(getTranslation("event.easyLanguage.hint")),
                new Anchor(Links.EASY_LANGUAGE, getTranslation("event.easyLanguage.example")),
                text,
                save);
        Details details = getContent();
        details.setSummaryText(getTranslation("event.easyLanguage"));
        details.add(content);
        details.addClassName("easy-language");
    }
}
