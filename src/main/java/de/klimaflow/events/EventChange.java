package de.klimaflow.events;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a public event that staff changed: who, when, before and after (the event's audit trail). */
@Entity
@Table(name = "event_change")
class EventChange {

    private static final int MAX_VALUE = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private Instant changedAt;
    private String changedBy;
    private String item;
    private String beforeValue;
    private String afterValue;

    protected EventChange() {}

    EventChange(long eventId, Instant changedAt, String changedBy, String item, String before, String after) {
        this.eventId = eventId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.item = item;
        this.beforeValue = cap(before);
        this.afterValue = cap(after);
    }

    private static String cap(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    EventHistory.EventChangeEntry toEntry() {
        return new EventHistory.EventChangeEntry(changedAt, changedBy, item, beforeValue, afterValue);
    }
}
