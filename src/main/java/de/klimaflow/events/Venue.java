package de.klimaflow.events;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Where events take place, e.g. Burg Oschersleben: its rooms, how to get in, and who takes the participant list. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String street;
    private String postalCode;
    private String city;
    /** The largest room's seats: no part of an event here may have more. */
    private int capacity;

    private @Nullable String accessibility;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "venue_room", joinColumns = @JoinColumn(name = "venue_id"))
    @OrderColumn(name = "position")
    private List<VenueRoom> rooms = new ArrayList<>();

    protected Venue() {}

    Venue(VenueDraft draft) {
        apply(draft);
    }

    /** Takes the checked draft's values (see {@link VenueRules}). */
    void update(VenueDraft draft) {
        apply(draft);
    }

    private void apply(VenueDraft draft) {
        this.name = draft.name().strip();
        this.street = draft.street().strip();
        this.postalCode = draft.postalCode().strip();
        this.city = draft.city().strip();
        this.accessibility = VenueRules.blankToNull(draft.accessibility());
        this.contactName = VenueRules.blankToNull(draft.contactName());
        this.contactEmail = VenueRules.blankToNull(draft.contactEmail());
        this.contactPhone = VenueRules.blankToNull(draft.contactPhone());
        this.rooms.clear();
        draft.rooms().forEach(room -> rooms.add(new VenueRoom(room.name().strip(), room.capacity())));
        this.capacity = rooms.stream().mapToInt(VenueRoom::getCapacity).max().orElse(0);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public int getCapacity() {
        return capacity;
    }

    public @Nullable String getAccessibility() {
        return accessibility;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public List<VenueRoom> getRooms() {
        return List.copyOf(rooms);
    }

    /** "Burg Oschersleben, An der Burg 1, 39387 Oschersleben" */
    public String address() {
        return name + ", " + street + ", " + postalCode + " " + city;
    }

    /** The form's content for editing this venue. */
    public VenueDraft toDraft() {
        return new VenueDraft(
                name,
                street,
                postalCode,
                city,
                accessibility,
                contactName,
                contactEmail,
                contactPhone,
                rooms.stream()
                        .map(room -> new VenueDraft.Room(room.getName(), room.getCapacity()))
                        .toList());
    }
}
