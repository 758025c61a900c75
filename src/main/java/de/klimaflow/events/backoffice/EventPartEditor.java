package de.klimaflow.events.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRules;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DatePickers;

/** One part of the event in the event form: title, time, seats, audiences, and a button that removes it. */
class EventPartEditor extends Div {

    private final TextField partTitle = new TextField(getTranslation("event.part.title"));
    private final TextArea partDescription = new TextArea(getTranslation("event.part.description"));
    private final DateTimePicker start = new DateTimePicker(getTranslation("event.part.start"));
    private final DateTimePicker end = new DateTimePicker(getTranslation("event.part.end"));
    private final IntegerField capacity = new IntegerField(getTranslation("event.part.capacity"));
    private final CheckboxGroup<Audience> audiences = new CheckboxGroup<>(getTranslation("event.part.audiences"));
    private final TextField slot = new TextField(getTranslation("event.part.slot"));
    private final TextField room = new TextField(getTranslation("event.part.room"));

    EventPartEditor(Consumer<EventPartEditor> remove) {
        partTitle.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_TITLE));
        partTitle.setRequiredIndicatorVisible(true);
        List.of(start, end).forEach(field -> field.setRequiredIndicatorVisible(true));
        capacity.setRequiredIndicatorVisible(true);
        audiences.setRequiredIndicatorVisible(true);
        partTitle.addClassName("part-title");
        DatePickers.german(start);
        DatePickers.german(end);
        start.addClassName("part-start");
        end.addClassName("part-end");
        capacity.addClassName("part-capacity");
        audiences.addClassName("part-audiences");
        partDescription.setHelperText(getTranslation("event.part.description.help"));
        slot.setHelperText(getTranslation("event.part.slot.help"));
        room.setHelperText(getTranslation("event.part.room.help"));
        slot.addClassName("part-slot");
        room.addClassName("part-room");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(value -> getTranslation("audience." + value.name()));
        Button removeButton = new Button(
                getTranslation("event.part.remove"), VaadinIcon.TRASH.create(), click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FormLayout form =
                new FormLayout(partTitle, capacity, start, end, slot, room, audiences, partDescription, removeButton);
        form.setColspan(audiences, 2);
        form.setColspan(partDescription, 2);
        add(form);
        addClassName("event-part");
    }

    /** The part's fields under the names the rules give their problems, for the part at this position. */
    Map<String, HasValidation> fields(int index) {
        String prefix = "parts[" + index + "].";
        return Map.of(
                prefix + "title", partTitle,
                prefix + "description", partDescription,
                prefix + "startsAt", start,
                prefix + "endsAt", end,
                prefix + "capacity", capacity,
                prefix + "audiences", audiences,
                prefix + "slot", slot,
                prefix + "room", room);
    }

    void fill(EventPart part) {
        partTitle.setValue(part.getTitle());
        partDescription.setValue(part.getDescription() == null ? "" : part.getDescription());
        start.setValue(Formats.local(part.getStartsAt()));
        end.setValue(Formats.local(part.getEndsAt()));
        capacity.setValue(part.getCapacity());
        audiences.setValue(part.getAudiences());
        slot.setValue(part.getSlot() == null ? "" : part.getSlot());
        room.setValue(part.getRoom() == null ? "" : part.getRoom());
    }

    EventDraft.Part value() {
        return new EventDraft.Part(
                partTitle.getValue(),
                partDescription.getValue(),
                Formats.instant(start.getValue()),
                Formats.instant(end.getValue()),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                Set.copyOf(audiences.getValue()),
                slot.getValue(),
                room.getValue());
    }
}
