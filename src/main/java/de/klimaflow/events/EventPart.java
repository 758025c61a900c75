package de.klimaflow.events;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.Formats;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One session of an event with its own time, seats and audiences, e.g. the evening event or the workshop day. */
@Entity
@Table(name = "event_part")
public class EventPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    private int position;
    private String title;
    private @Nullable String description;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    /** parts with the same slot are parallel sessions; null for a part on its own */
    private @Nullable String slot;

    private @Nullable String room;
    // loaded for all parts of an event in one query, not one query per part (every registration reads them)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 16)
    @CollectionTable(name = "event_part_audience", joinColumns = @JoinColumn(name = "event_part_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    protected EventPart() {}

    EventPart(Event event, int position, EventDraft.Part draft) {
        this.event = event;
        this.position = position;
        apply(draft);
    }

    void update(EventDraft.Part draft) {
        apply(draft);
    }

    // EventRules has checked the draft: both times are there
    private void apply(EventDraft.Part draft) {
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.startsAt = Objects.requireNonNull(draft.startsAt());
        this.endsAt = Objects.requireNonNull(draft.endsAt());
        this.capacity = draft.capacity();
        this.slot = blankToNull(draft.slot());
        this.room = blankToNull(draft.room());
        this.audiences.clear();
        this.audiences.addAll(draft.audiences());
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    void moveByDays(int days) {
        startsAt = startsAt.atZone(Formats.ZONE).plusDays(days).toInstant();
        endsAt = endsAt.atZone(Formats.ZONE).plusDays(days).toInstant();
    }

    /** Staff changed the number of seats (after publication too); never below the seats already taken. */
    void changeCapacity(int seats) {
        if (seats < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = seats;
    }

    /** After publication the programme text may still change (speakers confirmed, times refined). */
    void describe(@Nullable String programme) {
        this.description = blankToNull(programme);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable String getSlot() {
        return slot;
    }

    public @Nullable String getRoom() {
        return room;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<Audience> getAudiences() {
        return Set.copyOf(audiences);
    }
}
