package de.klimaflow.registration;

/**
 * Published inside the transaction that changed a registration; the registration process listens
 * ({@code registration.process.RegistrationFlow}) and starts or moves its instance in the same transaction.
 */
public record RegistrationChanged(long registrationId, Change change, java.util.Set<Long> parts) {

    public RegistrationChanged(long registrationId, Change change) {
        this(registrationId, change, java.util.Set.of());
    }

    /** What happened. */
    public enum Change {
        /** a new registration waits for its double opt-in */
        RECEIVED,
        /** the person confirmed the address */
        ADDRESS_CONFIRMED,
        /** a seat became free and the registration moved up from a waitlist */
        PROMOTED,
        /** ended with its event, or for an erasure: nobody is written to */
        ENDED,
        /** cancelled by the person, or by staff for them: they are told; {@code parts} held seats until then */
        CANCELLED,
        /** parts given up, or a seat moved to the waiting list by staff ({@code parts}): the person is told */
        SEATS_CHANGED,
        /** the person added parts to a decided registration: they go through the decision table */
        PARTS_ADDED,
        /** someone registered again with the address of this active registration; its owner is told by mail */
        REGISTERED_AGAIN
    }
}
