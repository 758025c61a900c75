package de.klimaflow.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.Formats;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event of the agency; the event-planning process carries its id as business key. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EventType type;

    private String title;
    private @Nullable String description;

    private @Nullable String easyLanguage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private @Nullable EventSeries series;
    /** planning region (consultation feature), kept as id so the features stay apart */
    private @Nullable Long regionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private @Nullable Venue venue;

    @Enumerated(EnumType.STRING)
    private EventFormat format;

    private @Nullable String videoLink;
    private @Nullable String catererName;
    private @Nullable String catererEmail;
    private boolean invitationOnly;
    private boolean freeOfCharge;
    private @Nullable Instant registrationOpensAt;
    private Instant registrationDeadline;
    private String contactName;
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private Instant createdAt;
    private @Nullable String pressRelease;
    private @Nullable String pressReleaseFacts;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EventPart> parts = new ArrayList<>();

    @Version
    private long version;

    protected Event() {}

    Event(EventDraft draft, @Nullable EventSeries series, @Nullable Venue venue, Instant now) {
        this.status = EventStatus.DRAFT;
        this.createdAt = now;
        apply(draft, series, venue);
    }

    /** Takes over a checked draft; parts are matched by position, extra ones added, missing ones removed. */
    void update(EventDraft draft, @Nullable EventSeries series, @Nullable Venue venue) {
        apply(draft, series, venue);
    }

    // EventRules has checked the draft: its deadline and contact are there, and so is a video link where the format
    // needs one
    private void apply(EventDraft draft, @Nullable EventSeries series, @Nullable Venue venue) {
        this.type = draft.type();
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.series = series;
        this.regionId = draft.regionId();
        this.format = draft.format();
        this.venue = format.needsVenue() ? venue : null;
        this.videoLink = format.needsVideoLink()
                ? Objects.requireNonNull(draft.videoLink()).strip()
                : null;
        this.invitationOnly = draft.invitationOnly();
        this.freeOfCharge = draft.freeOfCharge();
        this.registrationOpensAt = draft.registrationOpensAt();
        this.registrationDeadline = Objects.requireNonNull(draft.registrationDeadline());
        this.contactName = Objects.requireNonNull(draft.contactName()).strip();
        this.contactEmail = Objects.requireNonNull(draft.contactEmail()).strip();
        for (int i = 0; i < draft.parts().size(); i++) {
            if (i < parts.size()) {
                parts.get(i).update(draft.parts().get(i));
            } else {
                parts.add(new EventPart(this, i, draft.parts().get(i)));
            }
        }
        while (parts.size() > draft.parts().size()) {
            parts.remove(parts.size() - 1);
        }
    }

    /**
     * After publication: a new registration deadline, and every part moved by the same number of days
     * (times of day stay as they are in Berlin, across a change to or from summer time).
     */
    void reschedule(Instant deadline, int days) {
        this.registrationDeadline = deadline;
        parts.forEach(part -> part.moveByDays(days));
    }

    /** After publication: the texts and the contact person may change; dates go through {@link #reschedule}. */
    void editPublished(@Nullable String description, String contactName, String contactEmail) {
        this.description = blankToNull(description);
        this.contactName = contactName.strip();
        this.contactEmail = contactEmail.strip();
    }

    void describeInEasyLanguage(@Nullable String text) {
        this.easyLanguage = blankToNull(text);
    }

    void changeVideoLink(String link) {
        this.videoLink = link;
    }

    void setPressReleaseFacts(@Nullable String facts) {
        this.pressReleaseFacts = facts;
    }

    @Nullable
    String getPressReleaseFacts() {
        return pressReleaseFacts;
    }

    void setPressRelease(String text) {
        this.pressRelease = text;
    }

    public @Nullable String getPressRelease() {
        return pressRelease;
    }

    void moveTo(EventStatus next) {
        this.status = next;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    /** A short text in Leichte Sprache (German) for the public page, when the event team wrote one. */
    public @Nullable String getEasyLanguage() {
        return easyLanguage;
    }

    public @Nullable EventSeries getSeries() {
        return series;
    }

    public @Nullable Long getRegionId() {
        return regionId;
    }

    public @Nullable Venue getVenue() {
        return venue;
    }

    public EventFormat getFormat() {
        return format;
    }

    public @Nullable String getVideoLink() {
        return videoLink;
    }

    public @Nullable String getCatererName() {
        return catererName;
    }

    public @Nullable String getCatererEmail() {
        return catererEmail;
    }

    /** Who caters the event (the venue's kitchen or a company); no address: no catering order is mailed. */
    void cateredBy(@Nullable String name, @Nullable String email) {
        this.catererName = name;
        this.catererEmail = email;
    }

    public boolean isInvitationOnly() {
        return invitationOnly;
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge;
    }

    public @Nullable Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public EventStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EventPart> getParts() {
        return List.copyOf(parts);
    }

    public Instant startsAt() {
        return parts.stream()
                .map(EventPart::getStartsAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    public Instant endsAt() {
        return parts.stream()
                .map(EventPart::getEndsAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * "03.12.2026 18:00–20:30 Abendveranstaltung, Burg Oschersleben, An der Burg 1, 39387 Oschersleben"; a parallel
     * session with its slot and room: "… Workshop Förderung (Workshops), Saal 2, Burg Oschersleben, …"
     */
    public String sessionLine(EventPart part) {
        String where = venue != null ? venue.address() : videoLink;
        return Formats.span(part.getStartsAt(), part.getEndsAt()) + " " + part.getTitle()
                + (part.getSlot() == null ? "" : " (" + part.getSlot() + ")")
                + (part.getRoom() == null ? "" : ", " + part.getRoom())
                + (where == null ? "" : ", " + where);
    }
}
