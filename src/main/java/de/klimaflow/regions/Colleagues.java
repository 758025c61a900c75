package de.klimaflow.regions;

import java.util.List;
import java.util.Optional;

/**
 * Climate-protection managers who agreed to be contacted by colleagues: the consultation proposes them to a
 * municipality that sets up a position like theirs. The network answers it; it lives with the master data because both
 * features use it and neither may know the other.
 */
public interface Colleagues {

    /** A manager who may be contacted, with what makes their municipality alike. */
    record Colleague(long id, String name, String email, String municipality, String district) {}

    /**
     * Up to {@code limit} consenting managers from municipalities like this one: the same kind, a population of half
     * to twice its own, nearest first (same district, then the same planning region). None from the municipality itself.
     */
    List<Colleague> similarTo(long municipalityId, int limit);

    /** The colleague, while they still agree to be contacted. */
    Optional<Colleague> consenting(long colleagueId);
}
