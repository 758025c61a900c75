package de.klimaflow.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An agenda item as the event team enters it. */
public record AgendaDraft(
        long partId, Instant startsAt, @Nullable Instant endsAt, String title, List<SpeakerDraft> speakers) {

    public AgendaDraft {
        speakers = List.copyOf(speakers);
    }

    /** A speaker: the address gets the confirmation and the reminder. */
    public record SpeakerDraft(String name, @Nullable String organisation, String email) {}
}
