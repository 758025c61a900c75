package de.klimaflow.registration;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;

/**
 * Who registers, as the public form, the API or the registration desk give it (already validated): catering notes
 * in {@code needs}; what the person needs to take part in {@code accessibility}, which the venue gets with their
 * name only if {@code accessibilityToVenue}.
 */
public record NewRegistration(
        String name,
        String email,
        @Nullable String organisation,
        ParticipantRole role,
        @Nullable String needs,
        @Nullable String accessibility,
        boolean accessibilityToVenue,
        Locale locale) {

    public NewRegistration {
        // consent to pass on nothing is no consent
        accessibilityToVenue = accessibility != null && accessibilityToVenue;
    }

    /** Without accessibility needs. */
    public NewRegistration(
            String name,
            String email,
            @Nullable String organisation,
            ParticipantRole role,
            @Nullable String needs,
            Locale locale) {
        this(name, email, organisation, role, needs, null, false, locale);
    }

    /** The language the registration's mails are written in: English for English speakers, German for all others. */
    public static Locale mailLanguage(@Nullable Locale visitor) {
        return visitor != null && Locale.ENGLISH.getLanguage().equals(visitor.getLanguage())
                ? Locale.ENGLISH
                : Locale.GERMAN;
    }
}
