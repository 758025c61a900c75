package de.klimaflow.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.MailAddresses;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's registration for parts of an event. The event is referenced by id: features stay apart.
 * Per part it holds a seat, waits, or is not decided yet ({@link PartBooking}).
 */
@Entity
@Table(name = "registration")
public class Registration {

    static final String ANONYMOUS = de.klimaflow.platform.Anonymised.MARKER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_part", joinColumns = @JoinColumn(name = "registration_id"))
    private Set<PartBooking> bookings = new HashSet<>();

    private String name;
    private String email;
    /** lower-cased e-mail while active; a unique index per event refuses a second active registration */
    private @Nullable String activeEmail;

    private @Nullable String organisation;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    private String language;

    @Embedded
    private ParticipationNeeds needs;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private @Nullable String decisionReason;
    /** The SEQUENCE of the last calendar mail to the person (RFC 5545): the next one is larger. */
    private int calendarSequence;

    private Instant createdAt;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    protected Registration() {}

    Registration(
            long eventId, Collection<Long> partIds, NewRegistration person, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        partIds.forEach(partId ->
                bookings.add(new PartBooking(partId, person.secondChoices().get(partId))));
        this.name = person.name();
        this.email = person.email();
        this.organisation = person.organisation();
        this.role = person.role();
        this.language = person.locale().getLanguage();
        this.needs = new ParticipationNeeds(person);
        this.status = status;
        this.createdAt = now;
        if (status.isActive()) {
            this.activeEmail = MailAddresses.key(person.email());
        }
    }

    /** The double opt-in: the person owns the address. */
    void confirmAddress(Instant now) {
        require(status == RegistrationStatus.PENDING_CONFIRMATION, "not waiting for its confirmation");
        confirmedAt = now;
    }

    /** Waits for the desk; a registration that holds or waits for other parts keeps its status while its new parts wait. */
    void toReview() {
        if (requestedParts().size() == bookings.size()) {
            status = RegistrationStatus.IN_REVIEW;
        }
    }

    /** Seats where there are seats (per part, as {@link Seating} decides), the waitlist elsewhere. */
    void seatIn(Set<Long> seatParts, Instant now) {
        for (PartBooking booking : bookings) {
            if (seatParts.contains(booking.partId())) {
                booking.seat();
            } else if (booking.status() != PartBooking.Status.SEAT) {
                booking.waitFrom(now);
            }
        }
        status = bookings.stream().anyMatch(b -> b.status() == PartBooking.Status.SEAT)
                ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITLISTED;
    }

    /** Another parallel session takes a booking's place: the second choice, or the desk's move. */
    void replaceBooking(PartBooking booking, PartBooking replacement) {
        require(bookings.remove(booking) && !getPartIds().contains(replacement.partId()), "cannot replace that part");
        bookings.add(replacement);
    }

    /**
     * The person (or staff) changed the parts: dropped ones are gone, new ones are requested and wait for
     * {@link Seating} like the first ones did. Returns the parts where a seat was given up.
     */
    Set<Long> changeParts(Set<Long> wanted) {
        require(status.isActive(), "already ended");
        Set<Long> givenUp = bookings.stream()
                .filter(b -> !wanted.contains(b.partId()) && b.status() == PartBooking.Status.SEAT)
                .map(PartBooking::partId)
                .collect(Collectors.toSet());
        bookings.removeIf(b -> !wanted.contains(b.partId()));
        wanted.stream()
                .filter(partId -> !getPartIds().contains(partId))
                .forEach(partId -> bookings.add(new PartBooking(partId)));
        return givenUp;
    }

    int nextCalendarSequence() {
        return ++calendarSequence;
    }

    /** Staff moved the registration from its seat in a part to the end of that part's waitlist. */
    void moveToWaitlist(long partId, Instant now) {
        Set<Long> seats = new HashSet<>(seatParts());
        require(seats.remove(partId), "holds no seat in that part");
        bookings.stream().filter(b -> b.partId() == partId).forEach(b -> b.waitFrom(now));
        seatIn(seats, now);
    }

    void noteReason(@Nullable String reason) {
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void cancel() {
        require(status.isActive(), "already ended");
        end(RegistrationStatus.CANCELLED);
    }

    /** The opt-in link ran out: nothing of the person is kept, and the registration never held a seat. */
    void expire(Instant now) {
        end(RegistrationStatus.EXPIRED);
        anonymise(now);
    }

    void endBecauseEventCancelled() {
        if (status.isActive()) {
            end(RegistrationStatus.EVENT_CANCELLED);
        }
    }

    /** An ended registration holds no seat and waits nowhere; which parts it asked for stays, for statistics. */
    void end(RegistrationStatus ending) {
        require(!ending.isActive(), "not a status that ends a registration");
        status = ending;
        activeEmail = null;
        bookings.forEach(PartBooking::release);
    }

    /** Check-in at the door of one part where the registration holds a seat. */
    void markAttended(long partId, boolean present) {
        PartBooking seat = bookings.stream()
                .filter(b -> b.partId() == partId && b.status() == PartBooking.Status.SEAT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("holds no seat in that part"));
        seat.markAttended(present);
    }

    /** Keeps the counts for statistics, removes everything that identifies the person. */
    void anonymise(Instant now) {
        name = ANONYMOUS;
        email = ANONYMOUS + "-" + id + "@anonymisiert.invalid";
        organisation = null;
        needs.erase();
        activeEmail = null;
        anonymisedAt = now;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Set<Long> getPartIds() {
        return bookings.stream().map(PartBooking::partId).collect(Collectors.toUnmodifiableSet());
    }

    public Set<PartBooking> getBookings() {
        return Set.copyOf(bookings);
    }

    /** The parts where this registration holds a seat. */
    public Set<Long> seatParts() {
        return parts(b -> b.status() == PartBooking.Status.SEAT);
    }

    /** The parts asked for and not decided yet (a new registration's, or parts added later). */
    public Set<Long> requestedParts() {
        return parts(b -> b.status() == PartBooking.Status.REQUESTED);
    }

    /** The parts it waits for a seat in. */
    public Set<Long> waitingParts() {
        return parts(b -> b.status() == PartBooking.Status.WAITING);
    }

    /** The parts the person was checked in at. */
    public Set<Long> attendedParts() {
        return parts(PartBooking::attended);
    }

    private Set<Long> parts(Predicate<PartBooking> which) {
        return bookings.stream().filter(which).map(PartBooking::partId).collect(Collectors.toUnmodifiableSet());
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getLanguage() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public ParticipationNeeds needs() {
        return needs;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
