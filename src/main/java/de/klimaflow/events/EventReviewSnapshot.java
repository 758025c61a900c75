package de.klimaflow.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The event as management saw it when sending it back: one line per reviewed item ("key" TAB "value"),
 * so the next approval can show what the event team changed since.
 */
@Entity
@Table(name = "event_review_snapshot")
class EventReviewSnapshot {

    @Id
    private Long eventId;

    private Instant takenAt;
    private String content;

    protected EventReviewSnapshot() {}

    EventReviewSnapshot(long eventId, Map<String, String> items, Instant now) {
        this.eventId = eventId;
        write(items, now);
    }

    void take(Map<String, String> items, Instant now) {
        write(items, now);
    }

    private void write(Map<String, String> items, Instant now) {
        StringBuilder lines = new StringBuilder();
        items.forEach((key, value) -> lines.append(key)
                .append('\t')
                .append(value.replace('\n', '\u2028'))
                .append('\n'));
        this.content = lines.toString();
        this.takenAt = now;
    }

    Map<String, String> items() {
        Map<String, String> items = new LinkedHashMap<>();
        content.lines()
                .filter(line -> line.contains("\t"))
                .forEach(line -> items.put(
                        line.substring(0, line.indexOf('\t')),
                        line.substring(line.indexOf('\t') + 1).replace('\u2028', '\n')));
        return items;
    }
}
