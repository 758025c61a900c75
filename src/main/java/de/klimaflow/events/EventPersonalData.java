package de.klimaflow.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * The events' part of a data subject's request: the speakers of agenda items. Erasure takes the person out of every
 * item; the item itself, a part of the event's programme, stays.
 */
@Component
@Transactional
class EventPersonalData implements PersonalDataHolder {

    static final String SPEAKERS = "privacy.category.speakers";

    private final AgendaItemRepository items;
    private final EventRepository events;

    EventPersonalData(AgendaItemRepository items, EventRepository events) {
        this.items = items;
        this.events = events;
    }

    @Override
    public List<String> categories() {
        return List.of(SPEAKERS);
    }

    @Override
    public List<HeldData> find(String address) {
        List<Speaker> speakers = items.speakersAddressedAs(address.strip());
        Map<Long, String> titles = events
                .findAllById(speakers.stream()
                        .map(speaker -> speaker.getItem().getEventId())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Event::getId, Event::getTitle));
        List<HeldData.Item> held = speakers.stream()
                .map(speaker -> new HeldData.Item(
                        titles.getOrDefault(speaker.getItem().getEventId(), "")
                                + ": "
                                + speaker.getItem().getTitle(),
                        List.of(
                                new HeldData.Field("privacy.field.name", speaker.getName()),
                                new HeldData.Field("privacy.field.email", speaker.getEmail()),
                                new HeldData.Field("privacy.field.organisation", speaker.getOrganisation()),
                                new HeldData.Field(
                                        "privacy.field.speaksAt",
                                        Formats.dateTime(speaker.getItem().getStartsAt())))))
                .toList();
        return List.of(new HeldData(SPEAKERS, SPEAKERS, Set.of(Groups.EVENT_TEAM), held));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<Speaker> speakers = items.speakersAddressedAs(address.strip());
        speakers.forEach(speaker -> speaker.getItem().getSpeakers().remove(speaker));
        return new Erased(SPEAKERS, speakers.size(), speakers.isEmpty() ? List.of() : List.of("privacy.kept.agenda"));
    }
}
