package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.MailAddresses;

/**
 * An event's programme: agenda items per part with their time, title and speakers. Speakers of an approved event are
 * confirmed by the planning process as soon as they are named; before approval they wait for it.
 */
@Service
@Transactional
public class Programme {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NAME = 120;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_SPEAKERS = 8;

    /** An item as staff edit it, with the speakers' addresses and their confirmation. */
    public record Item(
            long id,
            long partId,
            Instant startsAt,
            @Nullable Instant endsAt,
            String title,
            List<AgendaDraft.SpeakerDraft> speakers,
            List<Materials.Material> materials) {}

    /** An item as the public page shows it: speakers by name and organisation, only released materials. */
    public record TimetableEntry(
            long partId,
            Instant startsAt,
            @Nullable Instant endsAt,
            String title,
            List<String> speakers,
            List<Materials.Material> materials) {}

    /** One speaker's mail: who, which item, when. */
    public record SpeakerMail(
            long speakerId, String name, String email, String itemTitle, long partId, Instant startsAt) {}

    private final AgendaItemRepository items;
    private final AgendaMaterialRepository materials;
    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Programme(
            AgendaItemRepository items,
            AgendaMaterialRepository materials,
            EventRepository events,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.items = items;
        this.materials = materials;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Item> agenda(long eventId) {
        Map<Long, List<Materials.Material>> files = materialsByItem(eventId, false);
        return items.findByEventIdOrderByStartsAtAscIdAsc(eventId).stream()
                .map(item -> new Item(
                        item.getId(),
                        item.getPartId(),
                        item.getStartsAt(),
                        item.getEndsAt(),
                        item.getTitle(),
                        item.getSpeakers().stream()
                                .map(s -> new AgendaDraft.SpeakerDraft(s.getName(), s.getOrganisation(), s.getEmail()))
                                .toList(),
                        files.getOrDefault(item.getId(), List.of())))
                .toList();
    }

    /** The public timetable: no addresses, and materials only once released. */
    @Transactional(readOnly = true)
    public List<TimetableEntry> timetable(long eventId) {
        Map<Long, List<Materials.Material>> released = materialsByItem(eventId, true);
        return items.findByEventIdOrderByStartsAtAscIdAsc(eventId).stream()
                .map(item -> new TimetableEntry(
                        item.getPartId(),
                        item.getStartsAt(),
                        item.getEndsAt(),
                        item.getTitle(),
                        item.getSpeakers().stream().map(Programme::publicName).toList(),
                        released.getOrDefault(item.getId(), List.of())))
                .toList();
    }

    /**
     * Adds an item ({@code itemId} null) or changes one. Every problem at once, nothing stored; newly named speakers
     * of an approved event are confirmed at once.
     *
     * @throws EventValidationException with the fields {@code part}, {@code startsAt}, {@code endsAt}, {@code title},
     *     {@code speakers[i].name|organisation|email}
     */
    public long save(long eventId, @Nullable Long itemId, AgendaDraft draft) {
        Event event = plannable(eventId);
        EventPart part = event.getParts().stream()
                .filter(p -> p.getId() == draft.partId())
                .findFirst()
                .orElse(null);
        List<FieldProblem> problems = check(draft, part);
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        AgendaItem saved;
        if (itemId == null) {
            saved = items.save(new AgendaItem(eventId, draft));
        } else {
            saved = items.findById(itemId)
                    .filter(found -> found.getEventId() == eventId)
                    .orElseThrow(() -> new IllegalArgumentException("no agenda item " + itemId + " in " + eventId));
            saved.take(draft);
        }
        if (event.getStatus().isPublic() && saved.getSpeakers().stream().anyMatch(Speaker::isConfirmationPending)) {
            publisher.publishEvent(new SpeakersToConfirm(eventId));
        }
        return saved.getId();
    }

    public void remove(long eventId, long itemId) {
        plannable(eventId);
        items.findById(itemId).filter(item -> item.getEventId() == eventId).ifPresent(items::delete);
    }

    /** Whether speakers wait for their confirmation (the approval asks the process to send them). */
    @Transactional(readOnly = true)
    public boolean hasPendingConfirmations(long eventId) {
        return !items.pendingConfirmations(eventId).isEmpty();
    }

    /**
     * The confirmations to write now, marked as queued: the caller queues them in this transaction, so that a
     * rollback leaves them pending and a later mail-out does not write them twice.
     */
    public List<SpeakerMail> takePendingConfirmations(long eventId) {
        List<Speaker> pending = items.pendingConfirmations(eventId);
        pending.forEach(speaker -> speaker.confirmationQueued(clock.instant()));
        return pending.stream().map(Programme::mailOf).toList();
    }

    /** Every speaker of the event, for the reminder before it. */
    @Transactional(readOnly = true)
    public List<SpeakerMail> speakers(long eventId) {
        return items.findByEventIdOrderByStartsAtAscIdAsc(eventId).stream()
                .flatMap(item -> item.getSpeakers().stream())
                .map(Programme::mailOf)
                .toList();
    }

    static String publicName(Speaker speaker) {
        return speaker.getOrganisation() == null
                ? speaker.getName()
                : speaker.getName() + " (" + speaker.getOrganisation() + ")";
    }

    private static SpeakerMail mailOf(Speaker speaker) {
        AgendaItem item = speaker.getItem();
        return new SpeakerMail(
                speaker.getId(),
                speaker.getName(),
                speaker.getEmail(),
                item.getTitle(),
                item.getPartId(),
                item.getStartsAt());
    }

    private Map<Long, List<Materials.Material>> materialsByItem(long eventId, boolean releasedOnly) {
        return materials.findRowsByEventIdOrderByIdAsc(eventId).stream()
                .map(AgendaMaterialRepository.Row::toView)
                .filter(material -> !releasedOnly || material.released())
                .collect(Collectors.groupingBy(Materials.Material::agendaItemId));
    }

    private Event plannable(long eventId) {
        Event event = events.findWithDetailsById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        if (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.COMPLETED) {
            throw new IllegalStateException("event " + eventId + " is " + event.getStatus());
        }
        return event;
    }

    /** Within its part's time, a title, and speakers with a name and a working address, each named once. */
    static List<FieldProblem> check(AgendaDraft draft, @Nullable EventPart part) {
        List<FieldProblem> problems = new ArrayList<>();
        if (part == null) {
            problems.add(new FieldProblem("part", "agenda.error.part"));
        } else if (draft.startsAt().isBefore(part.getStartsAt())
                || !draft.startsAt().isBefore(part.getEndsAt())) {
            problems.add(new FieldProblem("startsAt", "agenda.error.outsidePart"));
        }
        Instant end = draft.endsAt();
        if (end != null && (!end.isAfter(draft.startsAt()) || (part != null && end.isAfter(part.getEndsAt())))) {
            problems.add(new FieldProblem("endsAt", "agenda.error.end"));
        }
        EventRules.text(problems, "title", draft.title(), MAX_TITLE, true);
        if (draft.speakers().size() > MAX_SPEAKERS) {
            problems.add(new FieldProblem("speakers", "agenda.error.tooManySpeakers"));
        }
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < draft.speakers().size(); i++) {
            AgendaDraft.SpeakerDraft speaker = draft.speakers().get(i);
            String field = "speakers[" + i + "].";
            EventRules.text(problems, field + "name", speaker.name(), MAX_NAME, true);
            EventRules.text(problems, field + "organisation", speaker.organisation(), MAX_ORGANISATION, false);
            if (speaker.email() == null
                    || !MailAddresses.isValid(speaker.email().strip())) {
                problems.add(new FieldProblem(field + "email", "agenda.error.email"));
            } else if (!addresses.add(MailAddresses.key(speaker.email()))) {
                problems.add(new FieldProblem(field + "email", "agenda.error.speakerTwice"));
            }
        }
        return problems;
    }
}
