package de.klimaflow.consultation;

import java.time.LocalDate;

/** Who filled the position, as the advisor records it. */
public record NewManager(String name, String email, LocalDate since, boolean publicListing) {}
