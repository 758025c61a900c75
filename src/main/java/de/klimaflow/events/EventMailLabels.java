package de.klimaflow.events;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.RelatedLabels;

/** "Veranstaltung 12: Wärmezukunft nach Plan" for the outbox: the invitations and the venue's and caterer's mails. */
@Component
public class EventMailLabels implements RelatedLabels {

    /** How the event's own mails name their object. */
    public static final String RELATED_EVENT = "event";

    private final EventRepository events;

    EventMailLabels(EventRepository events) {
        this.events = events;
    }

    @Override
    public String relatedType() {
        return RELATED_EVENT;
    }

    @Override
    public String labelKey() {
        return "mail.related.event";
    }

    @Override
    public Map<String, String> names(Collection<Long> ids) {
        return events.findAllById(ids).stream()
                .collect(Collectors.toMap(event -> event.getId().toString(), Event::getTitle));
    }
}
