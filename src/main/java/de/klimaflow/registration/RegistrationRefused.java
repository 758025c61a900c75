package de.klimaflow.registration;

import java.util.Collection;
import java.util.Set;

/** A registration the rules do not take; the reason is a key the bundles translate ({@code registration.refused.<reason>}). */
public class RegistrationRefused extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** the event takes no registrations now (not published, not opened yet, or past its deadline) */
        CLOSED,
        /** no part chosen, or a part of another event */
        UNKNOWN_PART,
        /** this e-mail address already has an active registration for the event */
        DUPLICATE,
        /** the event is by invitation only, and there is none for this address */
        INVITATION_REQUIRED
    }

    private final Reason reason;

    public RegistrationRefused(Reason reason) {
        super("registration refused: " + reason);
        this.reason = reason;
    }

    /** Refuses a choice of no part, or of a part the event does not have. */
    static void requireParts(Set<Long> ofEvent, Collection<Long> partIds) {
        if (partIds.isEmpty() || !ofEvent.containsAll(partIds)) {
            throw new RegistrationRefused(RegistrationRefused.Reason.UNKNOWN_PART);
        }
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the message for the person. */
    public String messageKey() {
        return "registration.refused." + reason.name();
    }
}
