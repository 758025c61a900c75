package de.klimaflow.events;

import java.util.List;

/**
 * Published when staff gave parts of a public event more seats, inside the same transaction, so that
 * whoever keeps the waiting list fills them before it commits.
 */
public record SeatsAdded(long eventId, List<Long> partIds) {}
