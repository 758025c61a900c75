package de.klimaflow.registration;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.klimaflow.events.ParticipantRole;

/**
 * Who registers, as the public form, the API or the registration desk give it (already validated): catering notes
 * in {@code needs}; what the person needs to take part in {@code accessibility}, which the venue gets with their
 * name only if {@code accessibilityToVenue}. {@code secondChoices} maps a chosen parallel session to the session of
 * the same slot the person takes when the first has no seat left.
 */
public record NewRegistration(
        String name,
        String email,
        @Nullable String organisation,
        ParticipantRole role,
        @Nullable String needs,
        @Nullable String accessibility,
        boolean accessibilityToVenue,
        Locale locale,
        Map<Long, Long> secondChoices) {

    public NewRegistration {
        // consent to pass on nothing is no consent
        accessibilityToVenue = accessibility != null && accessibilityToVenue;
        secondChoices = Map.copyOf(secondChoices);
    }

    /** Without second choices. */
    public NewRegistration(
            String name,
            String email,
            @Nullable String organisation,
            ParticipantRole role,
            @Nullable String needs,
            @Nullable String accessibility,
            boolean accessibilityToVenue,
            Locale locale) {
        this(name, email, organisation, role, needs, accessibility, accessibilityToVenue, locale, Map.of());
    }

    /** The same person with second choices for parallel sessions (first choice → second choice). */
    public NewRegistration withSecondChoices(Map<Long, Long> choices) {
        return new NewRegistration(
                name, email, organisation, role, needs, accessibility, accessibilityToVenue, locale, choices);
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
