package de.klimaflow.registration;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;

/** Who registers, as the public form, the API or the registration desk give it (already validated). */
public record NewRegistration(String name, String email, @Nullable String organisation, ParticipantRole role,
        @Nullable String needs, Locale locale) {
}
