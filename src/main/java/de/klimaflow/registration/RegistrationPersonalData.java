package de.klimaflow.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * Registration's part of a data subject's request: registrations (the desk's work) and invitations (the event
 * team's). Erasure cancels what is still active (the seats go to the people waiting), anonymises the registrations,
 * revokes their links, blanks their history's details and deletes invitations; the events keep their counts.
 */
@Component
class RegistrationPersonalData implements PersonalDataHolder {

    static final String REGISTRATIONS = "privacy.category.registrations";
    static final String INVITATIONS = "privacy.category.invitations";

    private final RegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final RegistrationLog log;
    private final InvitationRepository invitations;
    private final PersonalLinks links;
    private final EventService events;
    private final Clock clock;

    RegistrationPersonalData(
            RegistrationRepository registrations,
            RegistrationService registrationService,
            RegistrationLog log,
            InvitationRepository invitations,
            PersonalLinks links,
            EventService events,
            Clock clock) {
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.log = log;
        this.invitations = invitations;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<String> categories() {
        return List.of(REGISTRATIONS, INVITATIONS);
    }

    @Override
    public List<HeldData> find(String address) {
        Map<Long, Optional<EventOverview>> eventsById = new HashMap<>();
        Function<Long, Optional<EventOverview>> event = id -> eventsById.computeIfAbsent(id, events::overviewOf);
        List<HeldData.Item> registered = new ArrayList<>();
        for (Registration r : registrations.withAddress(address)) {
            Optional<EventOverview> of = event.apply(r.getEventId());
            List<HeldData.Field> fields = new ArrayList<>(List.of(
                    new HeldData.Field("privacy.field.name", r.getName()),
                    new HeldData.Field("privacy.field.email", r.getEmail()),
                    new HeldData.Field("privacy.field.organisation", r.getOrganisation()),
                    HeldData.Field.coded(
                            "privacy.field.role",
                            "registration.role." + r.getRole().name()),
                    HeldData.Field.coded(
                            "privacy.field.status",
                            "registration.status." + r.getStatus().name()),
                    new HeldData.Field("privacy.field.needs", r.needs().catering()),
                    new HeldData.Field("privacy.field.accessibility", r.needs().accessibility()),
                    HeldData.Field.coded(
                            "privacy.field.accessibilityToVenue",
                            r.needs().accessibilityToVenue() ? "export.yes" : "export.no"),
                    new HeldData.Field(
                            "privacy.field.reason", r.decisionReason().orElse(null)),
                    new HeldData.Field("privacy.field.createdAt", Formats.dateTime(r.getCreatedAt()))));
            for (PartBooking booking : r.getBookings()) {
                String part = of.flatMap(e -> e.parts().stream()
                                .filter(p -> p.id() == booking.partId())
                                .findFirst())
                        .map(p -> p.title() + " " + Formats.span(p.startsAt(), p.endsAt()))
                        .orElse("#" + booking.partId());
                fields.add(new HeldData.Field("privacy.field.part", part));
                fields.add(HeldData.Field.coded(
                        "privacy.field.standing",
                        "registration.part." + booking.status().name()));
            }
            log.of(r.getId())
                    .forEach(entry -> fields.add(new HeldData.Field(
                            "registrations.log." + entry.kind().name(),
                            Formats.dateTime(entry.at())
                                    + (entry.actor() == null ? "" : " · " + entry.actor())
                                    + (entry.detail() == null ? "" : " · " + entry.detail()))));
            registered.add(new HeldData.Item(of.map(EventOverview::title).orElse(""), fields));
        }
        List<HeldData.Item> invited = invitations.findByEmail(MailAddresses.key(address)).stream()
                .map(i -> new HeldData.Item(
                        event.apply(i.getEventId()).map(EventOverview::title).orElse(""),
                        List.of(
                                new HeldData.Field("privacy.field.name", i.getName()),
                                new HeldData.Field("privacy.field.createdAt", Formats.dateTime(i.getInvitedAt())),
                                HeldData.Field.coded(
                                        "privacy.field.status",
                                        i.getRegistrationId() != null
                                                ? "privacy.invitation.used"
                                                : "privacy.invitation.open"))))
                .toList();
        return List.of(
                new HeldData(REGISTRATIONS, REGISTRATIONS, Set.of(Groups.REGISTRATION_DESK), registered),
                new HeldData(INVITATIONS, INVITATIONS, Set.of(Groups.EVENT_TEAM), invited));
    }

    @Override
    public Erased erase(String address, String scope) {
        if (INVITATIONS.equals(scope)) {
            List<Invitation> invited = invitations.findByEmail(MailAddresses.key(address));
            invitations.deleteAll(invited);
            return new Erased(INVITATIONS, invited.size(), List.of());
        }
        List<Registration> found = registrations.withAddress(address);
        for (Registration registration : found) {
            if (registration.getStatus().isActive()) {
                // the same managed registration: cancelled first, so its seats go to the people waiting
                registrationService.endForErasure(registration.getId());
            }
            registration.anonymise(clock.instant());
            registration.noteReason(null);
            links.revokeAll(registration.getId());
            log.of(registration.getId()).forEach(RegistrationLogEntry::eraseDetail);
            log.add(registration.getId(), RegistrationLogEntry.Kind.ERASED, null);
        }
        return new Erased(
                REGISTRATIONS, found.size(), found.isEmpty() ? List.of() : List.of("privacy.kept.registrationCounts"));
    }
}
