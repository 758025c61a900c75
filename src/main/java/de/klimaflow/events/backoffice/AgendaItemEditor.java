package de.klimaflow.events.backoffice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.AgendaDraft;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Programme;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** A dialog that adds an agenda item to a part, or changes one: time, title and up to eight speakers. */
class AgendaItemEditor extends Dialog {

    private final Select<EventOverview.PartOverview> part = new Select<>();
    private final DateTimePicker start = new DateTimePicker(getTranslation("agenda.start"));
    private final DateTimePicker end = new DateTimePicker(getTranslation("agenda.end"));
    private final TextField title = new TextField(getTranslation("agenda.title"));
    private final VerticalLayout speakerRows = new VerticalLayout();
    private final List<SpeakerRow> speakers = new ArrayList<>();

    /** One speaker's three fields. */
    private record SpeakerRow(FormLayout layout, TextField name, TextField organisation, EmailField email) {}

    AgendaItemEditor(Programme programme, EventOverview event, Programme.@Nullable Item item, Runnable saved) {
        setHeaderTitle(getTranslation(item == null ? "agenda.add" : "agenda.edit"));
        addClassName("agenda-editor");
        part.setLabel(getTranslation("agenda.part"));
        part.setItems(event.parts());
        part.setItemLabelGenerator(p -> p.title() + (p.room() == null ? "" : ", " + p.room()));
        part.addClassName("agenda-part");
        DatePickers.german(start);
        DatePickers.german(end);
        start.addClassName("agenda-start");
        end.addClassName("agenda-end");
        title.setMaxLength(Programme.MAX_TITLE + 50);
        title.setHelperText(getTranslation("event.field.maxLength", Programme.MAX_TITLE));
        title.addClassName("agenda-title");
        title.setWidthFull();
        part.addValueChangeListener(change -> {
            if (change.getValue() != null && start.isEmpty()) {
                start.setValue(Formats.local(change.getValue().startsAt()));
            }
        });
        speakerRows.setPadding(false);
        Button addSpeaker =
                new Button(getTranslation("agenda.speaker.add"), VaadinIcon.PLUS.create(), click -> addSpeaker(null));
        addSpeaker.addClassName("agenda-add-speaker");
        if (item == null) {
            part.setValue(event.parts().get(0));
        } else {
            event.parts().stream()
                    .filter(p -> p.id() == item.partId())
                    .findFirst()
                    .ifPresent(part::setValue);
            start.setValue(Formats.local(item.startsAt()));
            end.setValue(Formats.local(item.endsAt()));
            title.setValue(item.title());
            item.speakers().forEach(this::addSpeaker);
        }
        FormLayout times = new FormLayout(part, start, end);
        add(times, title, new H4(getTranslation("agenda.speakers")), speakerRows, addSpeaker);
        Button save = new Button(getTranslation("agenda.save"), click -> {
            Instant startsAt = Formats.instant(start.getValue());
            if (startsAt == null) {
                FieldErrors.refuseIf(this, start, true, "agenda.error.outsidePart");
                return;
            }
            try {
                programme.save(event.id(), item == null ? null : item.id(), draft(startsAt));
                close();
                saved.run();
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, fields(), invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("agenda-save");
        getFooter().add(new Button(getTranslation("agenda.cancel"), click -> close()), save);
        setWidth("48rem");
    }

    private void addSpeaker(AgendaDraft.@Nullable SpeakerDraft speaker) {
        if (speakers.size() >= Programme.MAX_SPEAKERS) {
            return;
        }
        TextField name = new TextField(getTranslation("agenda.speaker.name"));
        TextField organisation = new TextField(getTranslation("agenda.speaker.organisation"));
        EmailField email = new EmailField(getTranslation("agenda.speaker.email"));
        name.addClassName("speaker-name");
        organisation.addClassName("speaker-organisation");
        email.addClassName("speaker-email");
        email.setHelperText(getTranslation("agenda.speaker.email.help"));
        if (speaker != null) {
            name.setValue(speaker.name());
            organisation.setValue(speaker.organisation() == null ? "" : speaker.organisation());
            email.setValue(speaker.email());
        }
        FormLayout layout = new FormLayout();
        SpeakerRow row = new SpeakerRow(layout, name, organisation, email);
        Button remove = new Button(getTranslation("agenda.speaker.remove"), VaadinIcon.TRASH.create(), click -> {
            speakers.remove(row);
            speakerRows.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(name, organisation, email, remove);
        speakers.add(row);
        speakerRows.add(layout);
    }

    private AgendaDraft draft(Instant startsAt) {
        return new AgendaDraft(
                part.getValue() == null ? -1 : part.getValue().id(),
                startsAt,
                Formats.instant(end.getValue()),
                title.getValue(),
                speakers.stream()
                        .map(row -> new AgendaDraft.SpeakerDraft(
                                row.name().getValue(),
                                row.organisation().getValue(),
                                row.email().getValue()))
                        .toList());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of(
                "part", part,
                "startsAt", start,
                "endsAt", end,
                "title", title));
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerRow row = speakers.get(i);
            fields.put("speakers[" + i + "].name", row.name());
            fields.put("speakers[" + i + "].organisation", row.organisation());
            fields.put("speakers[" + i + "].email", row.email());
        }
        return fields;
    }
}
