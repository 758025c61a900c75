package de.klimaflow.events.backoffice;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.PublishedEdit;
import de.klimaflow.events.PublishedEventChanges;
import de.klimaflow.ui.FieldErrors;

/** The edit of a published event: description, contact person, and per part programme and seats. */
class PublishedEditPanel extends Composite<Details> {

    /**
     * After publication: description, contact person, and per part programme and seats. The service checks
     * the seat rules again and records every change; new seats go to the waiting list at once.
     */
    PublishedEditPanel(EventService events, PublishedEventChanges changes, long eventId, Runnable saved) {
        Event event = events.find(eventId).orElseThrow();
        TextArea description = new TextArea(getTranslation("event.field.description"));
        description.setValue(event.getDescription() == null ? "" : event.getDescription());
        description.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_DESCRIPTION));
        description.setWidthFull();
        TextField contactName = new TextField(getTranslation("event.field.contactName"));
        contactName.setValue(event.getContactName());
        contactName.setRequiredIndicatorVisible(true);
        EmailField contactEmail = new EmailField(getTranslation("event.field.contactEmail"));
        contactEmail.setValue(event.getContactEmail());
        contactEmail.setRequiredIndicatorVisible(true);
        contactName.addClassName("edit-contact-name");
        contactEmail.addClassName("edit-contact-email");
        Map<String, HasValidation> fields = new java.util.HashMap<>(
                Map.of("description", description, "contactName", contactName, "contactEmail", contactEmail));
        VerticalLayout content = new VerticalLayout(
                new Paragraph(getTranslation("event.edit.hint")), description, contactName, contactEmail);
        // an online or hybrid event's link: a change is mailed to everyone with a seat
        TextField videoLink = new TextField(getTranslation("event.edit.videoLink"));
        videoLink.setValue(event.getVideoLink() == null ? "" : event.getVideoLink());
        videoLink.setWidthFull();
        videoLink.setVisible(event.getFormat().needsVideoLink());
        videoLink.addClassName("edit-video-link");
        fields.put("videoLink", videoLink);
        content.add(videoLink);
        List<Runnable> readers = new java.util.ArrayList<>();
        List<PublishedEdit.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < event.getParts().size(); i++) {
            EventPart part = event.getParts().get(i);
            TextArea programme = new TextArea(getTranslation("event.edit.programme", part.getTitle()));
            programme.setValue(part.getDescription() == null ? "" : part.getDescription());
            programme.setWidthFull();
            IntegerField seats = new IntegerField(getTranslation("event.edit.seats", part.getTitle()));
            seats.setValue(part.getCapacity());
            seats.setMin(1);
            seats.setStepButtonsVisible(true);
            seats.addClassName("edit-seats");
            fields.put("parts[" + i + "].description", programme);
            fields.put("parts[" + i + "].capacity", seats);
            content.add(programme, seats);
            long partId = part.getId();
            readers.add(() -> parts.add(new PublishedEdit.Part(
                    partId, programme.getValue(), seats.getValue() == null ? 0 : seats.getValue())));
        }
        Button save = new Button(getTranslation("event.edit.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            parts.clear();
            readers.forEach(Runnable::run);
            try {
                changes.editPublished(
                        eventId,
                        new PublishedEdit(
                                description.getValue(),
                                contactName.getValue(),
                                contactEmail.getValue(),
                                videoLink.isVisible() ? videoLink.getValue() : null,
                                List.copyOf(parts)));
                Notification.show(getTranslation("event.edit.saved"));
                saved.run();
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, fields, invalid);
            }
        });
        save.addClassName("edit-published-save");
        content.add(save);
        Details details = getContent();
        details.setSummaryText(getTranslation("event.edit"));
        details.add(content);
        details.addClassName("edit-published");
    }
}
