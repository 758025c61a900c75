package de.klimaflow.regions;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A municipality filled its climate-protection manager position. The consultation announces it; the
 * network enters the manager in its directory and invites them. It lives with the master data because
 * both features use it and neither may know the other.
 */
public record ClimateManagerAppointed(
        @Nullable Long municipalityId,
        String municipality,
        String name,
        String email,
        LocalDate since,
        @Nullable String fundedBy,
        boolean publicListing,
        long caseId) {}
