package de.klimaflow.registration;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventService;
import de.klimaflow.notification.RelatedLabels;

/** "Anmeldung 345 zu Wärmezukunft nach Plan" for the outbox; the person is in the recipient column already. */
@Component
class RegistrationMailLabels implements RelatedLabels {

    private final RegistrationRepository registrations;
    private final EventService events;

    RegistrationMailLabels(RegistrationRepository registrations, EventService events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public String relatedType() {
        return Mailings.RELATED_REGISTRATION;
    }

    @Override
    public String labelKey() {
        return "mail.related.registration";
    }

    @Override
    public Map<String, String> names(Collection<Long> ids) {
        var found = registrations.findAllById(ids);
        Map<Long, String> titles =
                events.titles(found.stream().map(Registration::getEventId).collect(Collectors.toSet()));
        return found.stream()
                .collect(Collectors.toMap(
                        registration -> registration.getId().toString(),
                        registration -> titles.getOrDefault(registration.getEventId(), "")));
    }
}
