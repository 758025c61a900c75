package de.klimaflow.events.backoffice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Venue;
import de.klimaflow.events.VenueDraft;
import de.klimaflow.events.VenueRules;
import de.klimaflow.events.Venues;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/**
 * The event team's venues: address, rooms with their seats, accessibility, and who takes the
 * participant list. A room plan that no longer seats a planned event is refused.
 */
@Route("venues")
@RolesAllowed(Groups.EVENT_TEAM)
@Menu(title = "nav.venues", order = 11)
public class VenueListView extends VerticalLayout implements HasDynamicTitle {

    private final Venues venues;
    private final Grid<Venue> grid = new Grid<>();
    private final H3 formTitle = new H3();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final TextArea accessibility = new TextArea();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final VerticalLayout roomsLayout = new VerticalLayout();
    private final List<RoomRow> rooms = new ArrayList<>();
    private final Div problems = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private @Nullable Long editing;

    public VenueListView(Venues venues) {
        this.venues = venues;
        addClassName("venue-list-view");
        setMaxWidth("70rem");

        grid.addColumn(Venue::getName)
                .setHeader(getTranslation("venue.field.name"))
                .setAutoWidth(true);
        grid.addColumn(venue -> venue.getPostalCode() + " " + venue.getCity())
                .setHeader(getTranslation("venue.field.city"));
        grid.addColumn(venue -> venue.getRooms().stream()
                        .map(room -> getTranslation("venue.room.line", room.getName(), room.getCapacity()))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("venue.rooms"))
                .setFlexGrow(2);
        grid.addColumn(venue ->
                        venue.getContactEmail() == null ? getTranslation("venue.noContact") : venue.getContactEmail())
                .setHeader(getTranslation("venue.field.contactEmail"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("venue.empty"));
        grid.addClassName("venues-grid");
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                edit(selected.getValue());
            }
        });

        name.setLabel(getTranslation("venue.field.name"));
        street.setLabel(getTranslation("venue.field.street"));
        postalCode.setLabel(getTranslation("venue.field.postalCode"));
        city.setLabel(getTranslation("venue.field.city"));
        List.of(name, street, postalCode, city).forEach(field -> field.setRequiredIndicatorVisible(true));
        accessibility.setLabel(getTranslation("venue.field.accessibility"));
        accessibility.setHelperText(getTranslation("venue.field.accessibility.help", VenueRules.MAX_ACCESSIBILITY));
        contactName.setLabel(getTranslation("venue.field.contactName"));
        contactEmail.setLabel(getTranslation("venue.field.contactEmail"));
        contactEmail.setHelperText(getTranslation("venue.field.contactEmail.help"));
        contactPhone.setLabel(getTranslation("venue.field.contactPhone"));
        name.addClassName("venue-name");
        postalCode.addClassName("venue-postal-code");
        contactEmail.addClassName("venue-contact-email");
        fields.putAll(Map.of(
                "name",
                name,
                "street",
                street,
                "postalCode",
                postalCode,
                "city",
                city,
                "accessibility",
                accessibility,
                "contactName",
                contactName,
                "contactEmail",
                contactEmail,
                "contactPhone",
                contactPhone));
        FormLayout form =
                new FormLayout(name, street, postalCode, city, accessibility, contactName, contactEmail, contactPhone);
        form.setColspan(accessibility, 2);

        roomsLayout.setPadding(false);
        Button addRoom =
                new Button(getTranslation("venue.room.add"), VaadinIcon.PLUS.create(), click -> addRoom(null, 0));
        addRoom.addClassName("add-room");
        problems.addClassName("venue-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        Button save = new Button(getTranslation("venue.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-venue");
        Button create = new Button(getTranslation("venue.new"), VaadinIcon.PLUS.create(), click -> edit(null));
        create.addClassName("new-venue");

        add(
                new H2(getTranslation("venue.title")),
                create,
                grid,
                formTitle,
                form,
                new H3(getTranslation("venue.rooms")),
                roomsLayout,
                addRoom,
                problems,
                save);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(venues.all());
    }

    /** Shows the venue in the form, or an empty form for a new one. */
    private void edit(@Nullable Venue venue) {
        editing = venue == null ? null : venue.getId();
        if (venue == null) {
            grid.asSingleSelect().clear();
        }
        VenueDraft draft =
                venue == null ? new VenueDraft("", "", "", "", null, null, null, null, List.of()) : venue.toDraft();
        formTitle.setText(venue == null ? getTranslation("venue.new") : getTranslation("venue.edit", venue.getName()));
        name.setValue(draft.name());
        street.setValue(draft.street());
        postalCode.setValue(draft.postalCode());
        city.setValue(draft.city());
        accessibility.setValue(draft.accessibility() == null ? "" : draft.accessibility());
        contactName.setValue(draft.contactName() == null ? "" : draft.contactName());
        contactEmail.setValue(draft.contactEmail() == null ? "" : draft.contactEmail());
        contactPhone.setValue(draft.contactPhone() == null ? "" : draft.contactPhone());
        roomsLayout.removeAll();
        rooms.clear();
        draft.rooms().forEach(room -> addRoom(room.name(), room.capacity()));
        if (rooms.isEmpty()) {
            addRoom(null, 0);
        }
        FieldErrors.clear(fields, problems);
        rooms.forEach(RoomRow::clear);
    }

    private void addRoom(@Nullable String roomName, int seats) {
        RoomRow row = new RoomRow(roomName, seats);
        rooms.add(row);
        roomsLayout.add(row);
    }

    private void save() {
        VenueDraft draft = new VenueDraft(
                name.getValue(),
                street.getValue(),
                postalCode.getValue(),
                city.getValue(),
                accessibility.getValue(),
                contactName.getValue(),
                contactEmail.getValue(),
                contactPhone.getValue(),
                rooms.stream().map(RoomRow::value).toList());
        try {
            long id = venues.save(editing, draft);
            Notification.show(getTranslation("venue.saved", draft.name().strip()));
            refresh();
            edit(venues.venue(id));
        } catch (EventValidationException invalid) {
            show(invalid);
        }
    }

    /** Marks the fields the rules complain about; the rest are listed below the rooms. */
    private void show(FieldProblems refused) {
        Map<String, HasValidation> all = new HashMap<>(fields);
        for (int i = 0; i < rooms.size(); i++) {
            all.put("rooms[" + i + "].name", rooms.get(i).field(false));
            all.put("rooms[" + i + "].capacity", rooms.get(i).field(true));
        }
        FieldErrors.show(this, all, refused, problems);
    }

    /** One room: its name and seats, removable. */
    private final class RoomRow extends HorizontalLayout {

        private final TextField roomName = new TextField(getTranslation("venue.room.name"));
        private final IntegerField seats = new IntegerField(getTranslation("venue.room.seats"));

        RoomRow(@Nullable String name, int capacity) {
            roomName.setValue(name == null ? "" : name);
            roomName.setRequiredIndicatorVisible(true);
            roomName.addClassName("room-name");
            seats.setRequiredIndicatorVisible(true);
            seats.setMin(1);
            seats.setMax(VenueRules.MAX_ROOM_SEATS);
            seats.addClassName("room-seats");
            if (capacity > 0) {
                seats.setValue(capacity);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rooms.remove(this);
                roomsLayout.remove(this);
            });
            remove.setAriaLabel(getTranslation("venue.room.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(Alignment.BASELINE);
            add(roomName, seats, remove);
        }

        VenueDraft.Room value() {
            return new VenueDraft.Room(roomName.getValue(), seats.getValue() == null ? 0 : seats.getValue());
        }

        HasValidation field(boolean capacity) {
            return capacity ? seats : roomName;
        }

        void clear() {
            roomName.setInvalid(false);
            seats.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("venue.title") + " · klimaflow";
    }
}
