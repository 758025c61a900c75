package de.klimaflow.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.notification.MailAddresses;
import de.klimaflow.notification.MailLog;
import de.klimaflow.notification.MailSummary;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.PdfPage;
import de.klimaflow.security.CurrentUser;

/**
 * The data subject's rights for one e-mail address (GDPR Art. 15 and 17): everything klimaflow stores
 * about it, as JSON and as PDF, and its erasure on request. Erasure cancels what is still active (the
 * seats go to the people waiting), anonymises the registrations, deletes invitations, blanks the mails
 * in the outbox, and logs that it happened without keeping the address.
 */
@Service
@Transactional
public class PersonalData {

    private final RegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final RegistrationLog log;
    private final InvitationRepository invitations;
    private final ErasureLogRepository erasures;
    private final PersonalLinks links;
    private final EventService events;
    private final MailLog mails;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalData(
            RegistrationRepository registrations,
            RegistrationService registrationService,
            RegistrationLog log,
            InvitationRepository invitations,
            ErasureLogRepository erasures,
            PersonalLinks links,
            EventService events,
            MailLog mails,
            CurrentUser currentUser,
            ObjectMapper json,
            Clock clock) {
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.log = log;
        this.invitations = invitations;
        this.erasures = erasures;
        this.links = links;
        this.events = events;
        this.mails = mails;
        this.currentUser = currentUser;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    /** Everything stored about one address. */
    public record Report(
            String email,
            Instant exportedAt,
            List<RegistrationRecord> registrations,
            List<InvitationRecord> invitations,
            List<MailRecord> mails,
            List<ErasureRecord> earlierErasures) {

        public boolean isEmpty() {
            return registrations.isEmpty() && invitations.isEmpty() && mails.isEmpty();
        }
    }

    public record RegistrationRecord(
            long id,
            String event,
            String name,
            String email,
            @Nullable String organisation,
            String role,
            String language,
            @Nullable String needs,
            String status,
            Instant registeredAt,
            @Nullable String decisionReason,
            List<PartRecord> parts,
            List<HistoryRecord> history) {}

    public record PartRecord(String part, String when, String standing) {}

    public record HistoryRecord(
            Instant at,
            String what,
            @Nullable String by,
            @Nullable String detail) {}

    public record InvitationRecord(
            String event,
            @Nullable String name,
            Instant invitedAt,
            @Nullable String invitedBy,
            boolean registered) {}

    public record MailRecord(
            Instant createdAt, @Nullable Instant sentAt, String kind, String subject, String status, String text) {}

    public record ErasureRecord(Instant at, String by, int registrations) {}

    /** What an erasure did. */
    public record Erasure(int registrations, int invitations, int mails) {}

    /** A well-formed address, or empty: nothing else is looked up. */
    public static Optional<String> address(@Nullable String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(MailAddresses::isValid);
    }

    @Transactional(readOnly = true)
    public Report report(String email) {
        String address = address(email).orElseThrow(() -> new IllegalArgumentException("not an e-mail address"));
        List<Registration> found = registrations.withAddress(address);
        List<Invitation> invited = invitations.findByEmail(Registration.emailKey(address));
        Map<Long, EventOverview> eventsById = new java.util.HashMap<>();
        Function<Long, Optional<EventOverview>> event = id -> Optional.ofNullable(
                eventsById.computeIfAbsent(id, key -> events.overviewOf(key).orElse(null)));
        List<RegistrationRecord> records = new ArrayList<>();
        for (Registration r : found) {
            Optional<EventOverview> of = event.apply(r.getEventId());
            List<PartRecord> parts = r.getBookings().stream()
                    .map(booking -> {
                        Optional<EventOverview.PartOverview> part = of.flatMap(e -> e.parts().stream()
                                .filter(p -> p.id() == booking.partId())
                                .findFirst());
                        return new PartRecord(
                                part.map(EventOverview.PartOverview::title).orElse("#" + booking.partId()),
                                part.map(p -> Formats.span(p.startsAt(), p.endsAt()))
                                        .orElse(""),
                                booking.status().name());
                    })
                    .toList();
            List<HistoryRecord> history = log.of(r.getId()).stream()
                    .map(entry -> new HistoryRecord(entry.at(), entry.kind().name(), entry.actor(), entry.detail()))
                    .toList();
            records.add(new RegistrationRecord(
                    r.getId(),
                    of.map(EventOverview::title).orElse(""),
                    r.getName(),
                    r.getEmail(),
                    r.getOrganisation(),
                    r.getRole().name(),
                    r.getLanguage(),
                    r.getNeeds(),
                    r.getStatus().name(),
                    r.getCreatedAt(),
                    r.decisionReason().orElse(null),
                    parts,
                    history));
        }
        List<InvitationRecord> invitationRecords = invited.stream()
                .map(i -> new InvitationRecord(
                        event.apply(i.getEventId()).map(EventOverview::title).orElse(""),
                        i.getName(),
                        i.getInvitedAt(),
                        i.getInvitedBy(),
                        i.getRegistrationId() != null))
                .toList();
        List<MailRecord> mailRecords =
                mails.toAddress(address).stream().map(PersonalData::mail).toList();
        List<ErasureRecord> earlier =
                erasures.findByAddressHashOrderByAtDesc(PersonalLinks.hash(Registration.emailKey(address))).stream()
                        .map(e -> new ErasureRecord(e.getAt(), e.getActor(), e.getRegistrations()))
                        .toList();
        return new Report(address, clock.instant(), records, invitationRecords, mailRecords, earlier);
    }

    @Transactional(readOnly = true)
    public byte[] json(String email) {
        try {
            return json.writeValueAsBytes(report(email));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report is plain data and always serialises", e);
        }
    }

    /** The same report as a readable PDF (German, dates in Berlin time). */
    @Transactional(readOnly = true)
    public byte[] pdf(String email) {
        Report report = report(email);
        List<String> lines = new ArrayList<>();
        lines.add("# Anmeldungen (" + report.registrations().size() + ")");
        for (RegistrationRecord r : report.registrations()) {
            lines.add(r.event() + " – " + r.status() + ", angemeldet am " + Formats.dateTime(r.registeredAt()));
            lines.add("  Name: " + r.name() + " · E-Mail: " + r.email() + " · Organisation: "
                    + nullable(r.organisation()) + " · Rolle: " + r.role() + " · Sprache: " + r.language());
            lines.add("  Hinweise: " + nullable(r.needs()) + " · Begründung: " + nullable(r.decisionReason()));
            r.parts().forEach(p -> lines.add("  Programmteil: " + p.part() + " " + p.when() + " – " + p.standing()));
            r.history()
                    .forEach(h -> lines.add("  " + Formats.dateTime(h.at()) + " " + h.what()
                            + (h.by() == null ? "" : " (" + h.by() + ")")
                            + (h.detail() == null ? "" : ": " + h.detail())));
        }
        lines.add("# Einladungen (" + report.invitations().size() + ")");
        report.invitations()
                .forEach(i -> lines.add(i.event() + " – eingeladen am " + Formats.dateTime(i.invitedAt())
                        + (i.registered() ? ", angemeldet" : ", nicht angemeldet")));
        lines.add("# E-Mails (" + report.mails().size() + ")");
        for (MailRecord m : report.mails()) {
            lines.add(Formats.dateTime(m.createdAt()) + " · " + m.status() + " · " + m.subject());
            m.text().lines().forEach(line -> lines.add("  " + line));
        }
        lines.add("# Frühere Löschungen (" + report.earlierErasures().size() + ")");
        report.earlierErasures()
                .forEach(e -> lines.add(
                        Formats.dateTime(e.at()) + " durch " + e.by() + ": " + e.registrations() + " Anmeldung(en)"));
        return PdfPage.lines(
                "Auskunft über gespeicherte Daten",
                report.email() + " · Stand " + Formats.dateTime(report.exportedAt()),
                lines);
    }

    /** Erases everything about the address; logged by staff member and time, with the address only as a hash. */
    public Erasure erase(String email) {
        String address = address(email).orElseThrow(() -> new IllegalArgumentException("not an e-mail address"));
        List<Registration> found = registrations.withAddress(address);
        for (Registration registration : found) {
            if (registration.getStatus().isActive()) {
                // the same managed registration: cancelled first, so its seats go to the people waiting
                registrationService.cancelByStaff(registration.getId());
            }
            registration.anonymise(clock.instant());
            registration.noteReason(null);
            links.revokeAll(registration.getId());
            log.of(registration.getId()).forEach(RegistrationLogEntry::eraseDetail);
            log.add(registration.getId(), RegistrationLogEntry.Kind.ERASED, null);
        }
        List<Invitation> invited = invitations.findByEmail(Registration.emailKey(address));
        invitations.deleteAll(invited);
        int mailCount = mails.eraseAddress(address);
        erasures.save(new ErasureLogEntry(
                clock.instant(),
                currentUser.requireId(),
                PersonalLinks.hash(Registration.emailKey(address)),
                found.size()));
        return new Erasure(found.size(), invited.size(), mailCount);
    }

    private static MailRecord mail(MailSummary mail) {
        return new MailRecord(
                mail.createdAt(),
                mail.sentAt(),
                mail.kind(),
                mail.subject(),
                mail.status().name(),
                mail.textBody() == null ? "" : mail.textBody());
    }

    private static String nullable(@Nullable String value) {
        return value == null ? "–" : value;
    }
}
