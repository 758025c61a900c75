package de.klimaflow.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;

/** A registration as its owner's page, staff and the process see it: a read model, no entity. */
public record RegistrationView(
        long id,
        long eventId,
        String name,
        String email,
        @Nullable String organisation,
        ParticipantRole role,
        @Nullable String needs,
        @Nullable String accessibility,
        boolean accessibilityToVenue,
        RegistrationStatus status,
        List<Part> parts,
        @Nullable String decisionReason,
        Locale locale,
        Instant registeredAt) {

    /** The read model of a stored registration. */
    static RegistrationView of(Registration r) {
        return new RegistrationView(
                r.getId(),
                r.getEventId(),
                r.getName(),
                r.getEmail(),
                r.getOrganisation(),
                r.getRole(),
                r.needs().catering(),
                r.needs().accessibility(),
                r.needs().accessibilityToVenue(),
                r.getStatus(),
                r.getBookings().stream()
                        .map(b -> new RegistrationView.Part(b.partId(), b.status(), b.insteadOf()))
                        .toList(),
                r.decisionReason().orElse(null),
                r.locale(),
                r.getCreatedAt());
    }

    /**
     * What a new registration of the person would look like, for an answer that must not tell whether the address
     * is registered already.
     */
    static RegistrationView notStored(long eventId, Collection<Long> partIds, NewRegistration person, Instant now) {
        return new RegistrationView(
                0L,
                eventId,
                person.name(),
                person.email(),
                person.organisation(),
                person.role(),
                person.needs(),
                person.accessibility(),
                person.accessibilityToVenue(),
                RegistrationStatus.PENDING_CONFIRMATION,
                partIds.stream()
                        .distinct()
                        .map(id -> new Part(id, PartBooking.Status.REQUESTED, null))
                        .toList(),
                null,
                person.locale(),
                now);
    }

    /**
     * One requested part and where the registration stands there; {@code insteadOf} is the first choice this parallel
     * session stands in for, when it was the second choice, given because the first was full.
     */
    public record Part(
            long partId,
            PartBooking.Status status,
            @Nullable Long insteadOf) {}
}
