package de.klimaflow.events.backoffice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventSeries;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventType;
import de.klimaflow.events.Venue;
import de.klimaflow.events.Venues;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.regions.Regions;
import de.klimaflow.regions.Regions.Region;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/**
 * The event form: everything the event team enters about an event and its parts. Shows the rules'
 * problems at the fields they concern; stores nothing itself.
 */
public class EventEditor extends Composite<VerticalLayout> {

    private final Select<EventType> type = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<EventSeries> series = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final Select<EventFormat> format = new Select<>();
    private final ComboBox<Venue> venue = new ComboBox<>();
    private final TextField videoLink = new TextField();
    private final Checkbox invitationOnly = new Checkbox();
    private final Checkbox freeOfCharge = new Checkbox();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final VerticalLayout partsLayout = new VerticalLayout();
    private final List<EventPartEditor> parts = new ArrayList<>();
    private final Paragraph generalProblems = new Paragraph();
    private final Map<String, HasValidation> fields = new HashMap<>();

    public EventEditor(EventService events, Venues venues, Regions regions) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("event-editor");

        type.setLabel(getTranslation("event.field.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(value -> getTranslation("event.type." + value.name()));
        type.setValue(EventType.REGIONAL_FORUM);
        title.setLabel(getTranslation("event.field.title"));
        // no maxlength in the browser: it would cut a paste silently; the rules say so at the field instead
        title.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_TITLE));
        title.setRequiredIndicatorVisible(true);
        type.setRequiredIndicatorVisible(true);
        format.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("event.field.description"));
        description.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_DESCRIPTION));
        series.setLabel(getTranslation("event.field.series"));
        series.setItems(events.series());
        series.setItemLabelGenerator(EventSeries::getTitle);
        series.setClearButtonVisible(true);
        region.setLabel(getTranslation("event.field.region"));
        region.setItems(regions.all());
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        region.setHelperText(getTranslation("event.field.region.help"));
        format.setLabel(getTranslation("event.field.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("event.format." + value.name()));
        format.setValue(EventFormat.ON_SITE);
        venue.setLabel(getTranslation("event.field.venue"));
        venue.setItems(venues.all());
        venue.setItemLabelGenerator(v -> v.getName() + ", " + v.getCity() + " (" + v.getCapacity() + ")");
        venue.setClearButtonVisible(true);
        videoLink.setLabel(getTranslation("event.field.videoLink"));
        videoLink.setMaxLength(500);
        videoLink.setPlaceholder("https://");
        invitationOnly.setLabel(getTranslation("event.field.invitationOnly"));
        freeOfCharge.setLabel(getTranslation("event.field.freeOfCharge"));
        freeOfCharge.setValue(true);
        opensAt.setLabel(getTranslation("event.field.opensAt"));
        deadline.setLabel(getTranslation("event.field.deadline"));
        deadline.setRequiredIndicatorVisible(true);
        contactName.setLabel(getTranslation("event.field.contactName"));
        contactName.setRequiredIndicatorVisible(true);
        contactEmail.setLabel(getTranslation("event.field.contactEmail"));
        contactEmail.setRequiredIndicatorVisible(true);
        List.of(opensAt, deadline).forEach(DatePickers::german);

        title.addClassName("event-title");
        venue.addClassName("event-venue");
        deadline.addClassName("event-deadline");
        contactName.addClassName("event-contact-name");
        contactEmail.addClassName("event-contact-email");
        fields.putAll(Map.of(
                "type",
                type,
                "title",
                title,
                "description",
                description,
                "format",
                format,
                "venue",
                venue,
                "videoLink",
                videoLink,
                "registrationOpensAt",
                opensAt,
                "registrationDeadline",
                deadline,
                "contactName",
                contactName,
                "contactEmail",
                contactEmail));

        FormLayout form = new FormLayout(
                type,
                title,
                description,
                series,
                region,
                format,
                venue,
                videoLink,
                invitationOnly,
                freeOfCharge,
                opensAt,
                deadline,
                contactName,
                contactEmail);
        form.setColspan(description, 2);
        generalProblems.addClassName("event-problems");
        generalProblems.getElement().setAttribute("role", "alert");
        generalProblems.setVisible(false);

        partsLayout.setPadding(false);
        Button addPart = new Button(getTranslation("event.part.add"), VaadinIcon.PLUS.create(), click -> addPart(null));
        addPart.addClassName("add-part");
        layout.add(form, new H3(getTranslation("event.parts")), partsLayout, addPart, generalProblems);
        addPart(null);
    }

    /** Fills the form from a stored event. */
    public void setValue(Event event) {
        type.setValue(event.getType());
        title.setValue(event.getTitle());
        description.setValue(event.getDescription() == null ? "" : event.getDescription());
        series.setValue(event.getSeries());
        region.getListDataView()
                .getItems()
                .filter(r -> Long.valueOf(r.id()).equals(event.getRegionId()))
                .findFirst()
                .ifPresent(region::setValue);
        format.setValue(event.getFormat());
        venue.getListDataView()
                .getItems()
                .filter(v -> event.getVenue() != null
                        && v.getId().equals(event.getVenue().getId()))
                .findFirst()
                .ifPresent(venue::setValue);
        videoLink.setValue(event.getVideoLink() == null ? "" : event.getVideoLink());
        invitationOnly.setValue(event.isInvitationOnly());
        freeOfCharge.setValue(event.isFreeOfCharge());
        opensAt.setValue(Formats.local(event.getRegistrationOpensAt()));
        deadline.setValue(Formats.local(event.getRegistrationDeadline()));
        contactName.setValue(event.getContactName());
        contactEmail.setValue(event.getContactEmail());
        partsLayout.removeAll();
        parts.clear();
        fields.keySet().removeIf(key -> key.startsWith("parts["));
        event.getParts().forEach(this::addPart);
    }

    /** The form's content as a draft; the rules decide whether it can be stored. */
    public EventDraft value() {
        return new EventDraft(
                type.getValue(),
                title.getValue(),
                description.getValue(),
                series.getValue() == null ? null : series.getValue().getId(),
                region.getValue() == null ? null : region.getValue().id(),
                venue.getValue() == null ? null : venue.getValue().getId(),
                format.getValue(),
                videoLink.getValue(),
                invitationOnly.getValue(),
                freeOfCharge.getValue(),
                Formats.instant(opensAt.getValue()),
                Formats.instant(deadline.getValue()),
                contactName.getValue(),
                contactEmail.getValue(),
                parts.stream().map(EventPartEditor::value).toList());
    }

    /** Marks the fields the rules complain about; problems without a field are listed below the form. */
    public void showProblems(FieldProblems refused) {
        FieldErrors.show(this, fields, refused, generalProblems);
    }

    private void addPart(@Nullable EventPart existing) {
        EventPartEditor row = new EventPartEditor(this::removePart);
        if (existing != null) {
            row.fill(existing);
        }
        fields.putAll(row.fields(parts.size()));
        parts.add(row);
        partsLayout.add(row);
    }

    private void removePart(EventPartEditor row) {
        parts.remove(row);
        partsLayout.remove(row);
        // field names follow the positions
        fields.keySet().removeIf(key -> key.startsWith("parts["));
        for (int i = 0; i < parts.size(); i++) {
            fields.putAll(parts.get(i).fields(i));
        }
    }
}
