package de.klimaflow.events.process;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailReaders;
import de.klimaflow.security.Groups;

/** The invitations to the municipalities belong to the event team; management oversees them. */
@Component
class EventMailReaders implements MailReaders {

    @Override
    public Map<String, Set<String>> groupsByRelatedType() {
        return Map.of(EventMails.RELATED_EVENT, Set.of(Groups.EVENT_TEAM, Groups.MANAGEMENT));
    }
}
