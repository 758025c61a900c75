package de.klimaflow.accessibility;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A report as the public form gives it (checked): where, what, and whom to answer. */
public record NewBarrierReport(
        @Nullable String page, String description, @Nullable String name, String email, Locale locale) {}
