package de.klimaflow.registration;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;

/** Who registers, as the public form, the API or the registration desk give it (already validated). */
public record NewRegistration(
        String name,
        String email,
        @Nullable String organisation,
        ParticipantRole role,
        @Nullable String needs,
        Locale locale) {

    /** The language the registration's mails are written in: English for English speakers, German for all others. */
    public static Locale mailLanguage(@Nullable Locale visitor) {
        return visitor != null && Locale.ENGLISH.getLanguage().equals(visitor.getLanguage())
                ? Locale.ENGLISH
                : Locale.GERMAN;
    }
}
