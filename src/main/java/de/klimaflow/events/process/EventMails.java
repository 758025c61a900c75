package de.klimaflow.events.process;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventCalendar;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRegistrations.Addressee;
import de.klimaflow.events.EventRegistrations.Addressees;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.notification.CalendarEntry;
import de.klimaflow.notification.CalendarMessage;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.regions.Regions;

/** The mails of the event-planning process, composed from the event, its region and its registrations. */
@Component
class EventMails implements MailComposer {

    static final String RELATED_EVENT = de.klimaflow.events.EventMailLabels.RELATED_EVENT;
    static final String RELATED_REGISTRATION = "registration";

    /** A file behind the addressee's own link, for a mail's list. */
    record FileLink(String name, String url) {}

    private final EventService events;
    private final Regions regions;
    private final EventRegistrations registrations;
    private final Links links;
    private final EventCalendar calendar;
    private final Materials materials;

    EventMails(
            EventService events,
            Regions regions,
            EventRegistrations registrations,
            Links links,
            EventCalendar calendar,
            Materials materials) {
        this.materials = materials;
        this.calendar = calendar;
        this.events = events;
        this.regions = regions;
        this.registrations = registrations;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return EventPlanningProcess.PROCESS_KEY.equals(processDefinitionKey)
                && Set.of(
                                EventPlanningProcess.MAIL_INVITATION,
                                EventPlanningProcess.MAIL_REMINDER,
                                EventPlanningProcess.MAIL_FOLLOW_UP,
                                EventPlanningProcess.MAIL_CANCELLED,
                                EventPlanningProcess.MAIL_WAITLIST_CLOSED,
                                EventPlanningProcess.MAIL_RESCHEDULED,
                                EventPlanningProcess.MAIL_VIDEO_LINK_CHANGED)
                        .contains(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRequest> compose(String kind, MailContext context) {
        Event event = events.find(Long.parseLong(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no event " + context.businessKey()));
        return switch (kind) {
            case EventPlanningProcess.MAIL_INVITATION -> invitations(event);
            case EventPlanningProcess.MAIL_REMINDER -> toRegistrants(kind, event, Addressees.PARTICIPANTS, Map.of());
            case EventPlanningProcess.MAIL_FOLLOW_UP -> followUps(event, context);
            case EventPlanningProcess.MAIL_VIDEO_LINK_CHANGED ->
                toRegistrants(kind, event, Addressees.PARTICIPANTS, Map.of());
            case EventPlanningProcess.MAIL_CANCELLED ->
                toRegistrants(
                        kind,
                        event,
                        Addressees.CANCELLED_WITH_EVENT,
                        context.variables().get(EventPlanningProcess.VAR_CANCELLATION_REASON) == null
                                ? Map.of()
                                : Map.of(
                                        "reason",
                                        context.variables().get(EventPlanningProcess.VAR_CANCELLATION_REASON)));
            case EventPlanningProcess.MAIL_WAITLIST_CLOSED ->
                toRegistrants(kind, event, Addressees.STILL_WAITING, Map.of());
            case EventPlanningProcess.MAIL_RESCHEDULED -> toRegistrants(kind, event, Addressees.REGISTERED, Map.of());

            default -> throw new IllegalArgumentException("the event-planning process sends no mail '" + kind + "'");
        };
    }

    /** Public forums invite the contacts of every municipality in the event's region. */
    private List<MailRequest> invitations(Event event) {
        if (event.isInvitationOnly() || event.getRegionId() == null) {
            return List.of();
        }
        Map<String, Object> model =
                base(event, event.getParts().stream().map(EventPart::getId).collect(Collectors.toSet()));
        model.put("deadline", event.getRegistrationDeadline().atZone(Formats.ZONE));
        return regions.contactsOf(event.getRegionId()).stream()
                .filter(contact -> MailAddresses.isValid(contact.contactEmail()))
                .map(contact -> new MailRequest(
                        EventPlanningProcess.MAIL_INVITATION,
                        new Recipient(contact.contactName(), contact.contactEmail(), Locale.GERMAN),
                        model,
                        null,
                        RELATED_EVENT,
                        event.getId().toString()))
                .toList();
    }

    /**
     * After the event: those who came get the thanks, the links and the link to their certificate; those registered who did not
     * come get the documentation only if the event team chose so on the follow-up form.
     */
    private List<MailRequest> followUps(Event event, MailContext context) {
        Map<String, Object> urls = Map.of(
                "documentationUrl",
                context.variables().getOrDefault(EventPlanningProcess.VAR_DOCUMENTATION_URL, eventUrl(event)),
                "surveyUrl",
                context.variables().getOrDefault(EventPlanningProcess.VAR_SURVEY_URL, eventUrl(event)));
        String kind = EventPlanningProcess.MAIL_FOLLOW_UP;
        // a mail-out carries no files: the certificate is a download behind the person's own link
        // the slides go to those who came, behind their own link, before the public sees them
        List<Materials.Material> slides = materials.of(event.getId());
        List<MailRequest> mails = new java.util.ArrayList<>(toRegistrants(
                kind,
                event,
                Addressees.ATTENDED,
                withAttended(urls, true),
                (addressee, model) -> model.put(
                        "materials",
                        slides.stream()
                                .map(slide -> new FileLink(
                                        slide.fileName(),
                                        links.absolute(
                                                Links.registrationMaterial(addressee.personalToken(), slide.id()))))
                                .toList())));
        if (Boolean.TRUE.equals(context.variables().get(EventPlanningProcess.VAR_WRITE_TO_MISSED))) {
            mails.addAll(toRegistrants(kind, event, Addressees.MISSED, withAttended(urls, false)));
        }
        return mails;
    }

    private static Map<String, Object> withAttended(Map<String, Object> values, boolean attended) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("attended", attended);
        return model;
    }

    private List<MailRequest> toRegistrants(String kind, Event event, Addressees who, Map<String, Object> extra) {
        return toRegistrants(kind, event, who, extra, (addressee, model) -> {});
    }

    /** {@code own} adds what only this addressee gets, such as links behind their own token. */
    private List<MailRequest> toRegistrants(
            String kind,
            Event event,
            Addressees who,
            Map<String, Object> extra,
            BiConsumer<Addressee, Map<String, Object>> own) {
        return registrations.addressees(event.getId(), who, event.endsAt()).stream()
                .map((Addressee addressee) -> {
                    Map<String, Object> model = base(event, addressee.partIds());
                    model.putAll(extra);
                    own.accept(addressee, model);
                    model.put("cancelUrl", links.absolute(Links.registrationSelfService(addressee.personalToken())));
                    model.put(
                            "certificateUrl", links.absolute(Links.registrationCertificate(addressee.personalToken())));
                    // an online meeting's link goes to those with a seat only
                    if (event.getFormat().needsVideoLink()
                            && event.getVideoLink() != null
                            && !addressee.seatIds().isEmpty()) {
                        model.put("joinUrl", event.getVideoLink());
                    }
                    if (event.isInvitationOnly()) {
                        // no public page: the person's own page instead
                        model.put("eventUrl", model.get("cancelUrl"));
                    }
                    return new MailRequest(
                            kind,
                            new Recipient(addressee.name(), addressee.email(), addressee.locale()),
                            model,
                            calendarOf(kind, event, addressee),
                            RELATED_REGISTRATION,
                            Long.toString(addressee.registrationId()));
                })
                .toList();
    }

    /**
     * A moved event updates the seated parts in the person's calendar (REQUEST), a cancelled one takes every part out
     * (CANCEL); both with the UIDs of the confirmation and a larger SEQUENCE. Other mails carry no calendar.
     */
    private @Nullable CalendarMessage calendarOf(String kind, Event event, Addressee addressee) {
        boolean cancel = EventPlanningProcess.MAIL_CANCELLED.equals(kind);
        if (!cancel && !EventPlanningProcess.MAIL_RESCHEDULED.equals(kind)) {
            return null;
        }
        List<CalendarEntry> entries = calendar.entriesFor(
                event.getId(), cancel ? addressee.partIds() : addressee.seatIds(), addressee.name(), addressee.email());
        if (entries.isEmpty()) {
            return null;
        }
        int sequence = registrations.nextCalendarSequence(addressee.registrationId());
        return cancel ? CalendarMessage.cancellation(entries, sequence) : CalendarMessage.request(entries, sequence);
    }

    private Map<String, Object> base(Event event, Set<Long> partIds) {
        return base(event, partIds, eventUrl(event));
    }

    /** What every mail about the event shows: its title, its page and the sessions that concern the recipient. */
    static Map<String, Object> base(Event event, Set<Long> partIds, String eventUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", event.getTitle());
        model.put("eventUrl", eventUrl);
        model.put(
                "sessions",
                event.getParts().stream()
                        .filter(part -> partIds.contains(part.getId()))
                        .map(event::sessionLine)
                        .toList());
        return model;
    }

    private String eventUrl(Event event) {
        return links.absolute(Links.eventPage(event.getId()));
    }
}
