package de.klimaflow.network;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventType;
import de.klimaflow.events.EventTypeRules;

/** The network's meetings are for its members: registration only with an invitation, however the event is planned. */
@Component
class NetworkMeetingRules implements EventTypeRules {

    @Override
    public boolean invitationOnly(EventType type) {
        return type == EventType.NETWORK_MEETING;
    }
}
