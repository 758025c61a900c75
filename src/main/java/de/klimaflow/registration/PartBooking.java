package de.klimaflow.registration;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One part of an event that a registration asked for, and whether it holds a seat there or waits. */
@Embeddable
public class PartBooking {

    /** Where a registration stands in one part. */
    public enum Status {
        /** asked for, not decided yet (opt-in or review pending) */
        REQUESTED,
        SEAT,
        /** on the part's waitlist, first come first served by {@code waitingSince} */
        WAITING,
        /** the registration has ended */
        RELEASED
    }

    @Column(name = "event_part_id")
    private Long partId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable Instant waitingSince;

    /** checked in at this part's door */
    private boolean attended;

    /** a parallel session of the same slot, taken instead of this one while this one has no seat left */
    @Column(name = "second_choice_part_id")
    private @Nullable Long secondChoice;

    /** the first choice this booking stands in for: it is the second choice, given because the first was full */
    @Column(name = "first_choice_part_id")
    private @Nullable Long insteadOf;

    protected PartBooking() {}

    PartBooking(long partId) {
        this(partId, null);
    }

    PartBooking(long partId, @Nullable Long secondChoice) {
        this.partId = partId;
        this.status = Status.REQUESTED;
        this.secondChoice = secondChoice;
    }

    /** A seat in this part, booked by the desk. */
    static PartBooking seatIn(long partId) {
        PartBooking booking = new PartBooking(partId);
        booking.seat();
        return booking;
    }

    /** The second choice, booked with a seat in place of this first choice. */
    PartBooking secondChoiceSeated() {
        PartBooking second = new PartBooking(java.util.Objects.requireNonNull(secondChoice));
        second.insteadOf = partId;
        second.seat();
        return second;
    }

    void seat() {
        status = Status.SEAT;
        waitingSince = null;
    }

    void waitFrom(Instant since) {
        if (status != Status.WAITING) {
            status = Status.WAITING;
            waitingSince = since;
        }
    }

    void release() {
        status = Status.RELEASED;
        waitingSince = null;
    }

    void markAttended(boolean present) {
        attended = present;
    }

    public long partId() {
        return partId;
    }

    public Status status() {
        return status;
    }

    public @Nullable Instant waitingSince() {
        return waitingSince;
    }

    public boolean attended() {
        return attended;
    }

    public @Nullable Long secondChoice() {
        return secondChoice;
    }

    public @Nullable Long insteadOf() {
        return insteadOf;
    }

    // an element of a Set: one booking per part and registration
    @Override
    public boolean equals(Object other) {
        return other instanceof PartBooking booking && Objects.equals(partId, booking.partId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(partId);
    }
}
