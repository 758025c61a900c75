package de.klimaflow.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One item of a part's programme: a time, a title and the people who speak. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private long partId;
    private Instant startsAt;
    private @Nullable Instant endsAt;
    private String title;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 32)
    private List<Speaker> speakers = new ArrayList<>();

    protected AgendaItem() {}

    AgendaItem(long eventId, AgendaDraft draft) {
        this.eventId = eventId;
        this.partId = draft.partId();
        this.startsAt = draft.startsAt();
        this.title = draft.title().strip();
        take(draft);
    }

    /**
     * Takes the draft's time and title, and its speakers by address: a speaker who stays keeps their confirmation, a
     * new one waits for theirs, one no longer named is gone.
     */
    void take(AgendaDraft draft) {
        this.partId = draft.partId();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.title = draft.title().strip();
        List<Speaker> kept = new ArrayList<>();
        for (AgendaDraft.SpeakerDraft named : draft.speakers()) {
            int position = kept.size();
            Speaker speaker = speakers.stream()
                    .filter(existing -> existing.isAddressedAs(named.email()))
                    .findFirst()
                    .orElseGet(() -> new Speaker(this, position, named));
            speaker.take(position, named);
            kept.add(speaker);
        }
        speakers.clear();
        speakers.addAll(kept);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getPartId() {
        return partId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public @Nullable Instant getEndsAt() {
        return endsAt;
    }

    public String getTitle() {
        return title;
    }

    public List<Speaker> getSpeakers() {
        return speakers;
    }
}
