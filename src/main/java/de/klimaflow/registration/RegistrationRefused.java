package de.klimaflow.registration;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
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
        INVITATION_REQUIRED,
        /** two parallel sessions of one slot */
        SESSION_CHOICE,
        /** a second choice that is not another session of its first choice's slot */
        SECOND_CHOICE
    }

    private final Reason reason;

    public RegistrationRefused(Reason reason) {
        super("registration refused: " + reason);
        this.reason = reason;
    }

    /** Refuses a choice of no part, or of a part the event does not have. */
    static void requireParts(Set<Long> ofEvent, Collection<Long> partIds) {
        requireParts(ofEvent, Map.of(), partIds, Map.of());
    }

    /**
     * As above; and of parallel sessions ({@code slots}: part → slot) one per slot, each second choice another session
     * of its first choice's slot.
     */
    static void requireParts(
            Set<Long> ofEvent, Map<Long, String> slots, Collection<Long> partIds, Map<Long, Long> secondChoices) {
        if (partIds.isEmpty() || !ofEvent.containsAll(partIds)) {
            throw new RegistrationRefused(RegistrationRefused.Reason.UNKNOWN_PART);
        }
        Set<String> slotsTaken = new HashSet<>();
        for (Long part : partIds) {
            String slot = slots.get(part);
            if (slot != null && !slotsTaken.add(slot)) {
                throw new RegistrationRefused(Reason.SESSION_CHOICE);
            }
        }
        secondChoices.forEach((first, second) -> {
            String slot = slots.get(first);
            if (!partIds.contains(first)
                    || partIds.contains(second)
                    || slot == null
                    || !slot.equals(slots.get(second))) {
                throw new RegistrationRefused(Reason.SECOND_CHOICE);
            }
        });
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the message for the person. */
    public String messageKey() {
        return "registration.refused." + reason.name();
    }
}
