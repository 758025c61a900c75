package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;

/**
 * What an event was and what changed: the audit trail of staff's edits after publication, and the snapshot that
 * management's send-back keeps, so the next approval sees what changed since. Both compare the same review items.
 */
@Service
@Transactional
public class EventHistory {

    private final EventRepository events;
    private final EventChangeRepository changes;
    private final EventReviewSnapshotRepository snapshots;
    private final CurrentUser currentUser;
    private final Clock clock;

    EventHistory(
            EventRepository events,
            EventChangeRepository changes,
            EventReviewSnapshotRepository snapshots,
            CurrentUser currentUser,
            Clock clock) {
        this.events = events;
        this.changes = changes;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One entry of an event's audit trail. */
    public record EventChangeEntry(Instant changedAt, String changedBy, String item, String before, String after) {}

    /** What staff changed on the public event, newest first. */
    @Transactional(readOnly = true)
    public List<EventChangeEntry> changes(long eventId) {
        return changes.findByEventIdOrderByChangedAtDescIdDesc(eventId).stream()
                .map(EventChange::toEntry)
                .toList();
    }

    /** Writes every reviewed item that differs from {@code before} to the event's audit trail. */
    void recordChanges(Event event, Map<String, String> before) {
        Instant now = clock.instant();
        String by = currentUser.id().orElse(EventService.SYSTEM);
        reviewItems(event).forEach((item, after) -> {
            String was = before.getOrDefault(item, "");
            if (!was.equals(after)) {
                changes.save(new EventChange(event.getId(), now, by, item, was, after));
            }
        });
    }

    /** One reviewed item that differs from what management saw when sending the event back. */
    public record ReviewChange(String item, String before, String after) {}

    /** Management sends the event back: remember what it looked like, for the next approval. */
    public void rememberForReview(long eventId) {
        Map<String, String> items = reviewItems(event(eventId));
        snapshots
                .findById(eventId)
                .ifPresentOrElse(
                        snapshot -> snapshot.take(items, clock.instant()),
                        () -> snapshots.save(new EventReviewSnapshot(eventId, items, clock.instant())));
    }

    /** What changed since the last send-back; empty when it was never sent back or nothing changed. */
    @Transactional(readOnly = true)
    public List<ReviewChange> changesSinceSendBack(long eventId) {
        return snapshots
                .findById(eventId)
                .map(snapshot -> {
                    Map<String, String> before = snapshot.items();
                    Map<String, String> now = reviewItems(event(eventId));
                    java.util.Set<String> keys = new java.util.LinkedHashSet<>(now.keySet());
                    keys.addAll(before.keySet());
                    return keys.stream()
                            .filter(key -> !java.util.Objects.equals(before.get(key), now.get(key)))
                            .map(key -> new ReviewChange(key, before.getOrDefault(key, ""), now.getOrDefault(key, "")))
                            .toList();
                })
                .orElse(List.of());
    }

    /** What management reviews, item by item: the keys name the item, the part by its number from 1. */
    static Map<String, String> reviewItems(Event event) {
        Map<String, String> items = new java.util.LinkedHashMap<>();
        items.put("title", event.getTitle());
        items.put("description", event.getDescription() == null ? "" : event.getDescription());
        items.put("easyLanguage", event.getEasyLanguage() == null ? "" : event.getEasyLanguage());
        items.put("deadline", Formats.dateTime(event.getRegistrationDeadline()));
        items.put("contact", event.getContactName() + " · " + event.getContactEmail());
        for (int i = 0; i < event.getParts().size(); i++) {
            EventPart part = event.getParts().get(i);
            String prefix = "part." + (i + 1) + ".";
            items.put(prefix + "session", event.sessionLine(part));
            items.put(prefix + "seats", Integer.toString(part.getCapacity()));
            items.put(
                    prefix + "audiences",
                    part.getAudiences().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
            items.put(prefix + "programme", part.getDescription() == null ? "" : part.getDescription());
        }
        return items;
    }

    private Event event(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }
}
