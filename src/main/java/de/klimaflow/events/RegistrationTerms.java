package de.klimaflow.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What taking a registration needs to know of its event, and nothing more: no seats, audiences or venue, which
 * the intake does not use and {@link EventOverview} reads with four more statements.
 *
 * @param open          published, registration opened and the deadline not passed
 * @param partIds       the parts one may register for
 * @param lastPartEnds  when the event is over, the end of its personal links' validity
 * @param slots         the slot of each part that is one of parallel sessions
 */
public record RegistrationTerms(
        long eventId,
        boolean invitationOnly,
        boolean open,
        Set<Long> partIds,
        Instant lastPartEnds,
        Map<Long, String> slots) {

    /** The slot of a part that is one of parallel sessions; empty for a part on its own. */
    public Optional<String> slotOf(long partId) {
        return Optional.ofNullable(slots.get(partId));
    }
}
