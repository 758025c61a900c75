package de.klimaflow.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;

import de.klimaflow.events.ParticipantRole;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A registration as the public form and the JSON API send it, with the rules every field must meet.
 * Names and organisations are plain words, never markup or code; free text may not contain markup either.
 * The messages are keys of the UI bundles, so each visitor reads them in their own language.
 */
public record RegistrationRequest(
        @NotBlank(message = "{validation.required}")
        @Size(max = NAME_MAX, message = "{validation.tooLong}")
        @Pattern(regexp = NAME, message = "{validation.name}")
        @Nullable
        String name,

        @NotBlank(message = "{validation.required}")
        @Size(max = EMAIL_MAX, message = "{validation.tooLong}")
        @Email(regexp = EMAIL, message = "{validation.email}")
        @Nullable
        String email,

        @Size(max = NAME_MAX, message = "{validation.tooLong}")
        @Pattern(regexp = ORGANISATION, message = "{validation.organisation}")
        @Nullable
        String organisation,

        // an unknown role reads as none, so that it is reported with every other invalid field, not alone
        @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        @NotNull(message = "{validation.choose}")
        @Nullable
        ParticipantRole role,

        @NotEmpty(message = "{validation.parts}") @Size(max = 20, message = "{validation.parts}") @Nullable
        List<@NotNull Long> parts,

        @Size(max = NEEDS_MAX, message = "{validation.tooLong}")
        @Pattern(regexp = FREE_TEXT, message = "{validation.freeText}")
        @Nullable
        String needs,

        /** what the person needs to take part; the venue gets it with the name only if they agree */
        @Size(max = ACCESSIBILITY_MAX, message = "{validation.tooLong}")
        @Pattern(regexp = FREE_TEXT, message = "{validation.freeText}")
        @Nullable
        String accessibility,

        boolean accessibilityToVenue,

        @AssertTrue(message = "{validation.consent}") boolean privacyConsent,
        /** the token of the personal invitation, for an invitation-only event */
        @Size(max = 64, message = "{validation.tooLong}") @Nullable
        String invitation,

        /**
         * for parallel sessions: the session of the same slot to take while the first choice (one of the parts) has no
         * seat left
         */
        @Size(max = 20, message = "{validation.parts}") @Nullable
        List<@NotNull @Valid SecondChoice> secondChoices) {

    /** A second choice for one of the chosen parallel sessions. */
    public record SecondChoice(
            @NotNull(message = "{validation.parts}") @Nullable
            Long firstChoice,

            @NotNull(message = "{validation.parts}") @Nullable
            Long secondChoice) {}

    /** Without second choices. */
    public RegistrationRequest(
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable ParticipantRole role,
            @Nullable List<Long> parts,
            @Nullable String needs,
            @Nullable String accessibility,
            boolean accessibilityToVenue,
            boolean privacyConsent,
            @Nullable String invitation) {
        this(
                name,
                email,
                organisation,
                role,
                parts,
                needs,
                accessibility,
                accessibilityToVenue,
                privacyConsent,
                invitation,
                null);
    }

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int NEEDS_MAX = 1000;
    public static final int ACCESSIBILITY_MAX = 500;
    // the patterns are ECMAScript as well as Java (the OpenAPI document carries them to JavaScript validators), and
    // anchored, as JSON Schema's pattern searches where Bean Validation matches the whole text
    /** Letters (any script), spaces, and the marks names carry: O'Brien, Müller-Lüdenscheidt, J. R. R. */
    static final String NAME = "^\\s*\\p{L}[\\p{L}\\p{M} .,'’]*(-[\\p{L}\\p{M} .,'’]+)*\\s*$";
    /** Also digits and what official names need: "Stadt Halle (Saale)", "Amt A/B & C"; no markup or code. */
    static final String ORGANISATION = "^[\\p{L}\\p{M}\\p{N} .,'’&()/]*(-[\\p{L}\\p{M}\\p{N} .,'’&()/]+)*$";
    /** One address, no spaces, no quotes or markup around it. */
    static final String EMAIL = "[^\\s@<>;'\"()]+@[^\\s@<>;'\"()]+\\.[^\\s@<>;'\"()]+";
    /** Free text over lines, without markup, statement separators or comment marks. */
    static final String FREE_TEXT = "^(?![\\s\\S]*--)[^<>;\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

    /** The validated request as the service takes it. */
    public NewRegistration toNewRegistration(Locale locale) {
        return new NewRegistration(
                String.valueOf(name).strip(),
                String.valueOf(email).strip(),
                blankToNull(organisation),
                java.util.Objects.requireNonNull(role),
                blankToNull(needs),
                blankToNull(accessibility),
                accessibilityToVenue,
                locale,
                secondChoices == null
                        ? Map.of()
                        : secondChoices.stream()
                                .collect(Collectors.toMap(
                                        choice -> Objects.requireNonNull(choice.firstChoice()),
                                        choice -> Objects.requireNonNull(choice.secondChoice()),
                                        // two second choices for one session: neither names a session, and the
                                        // intake refuses the choice
                                        (one, other) -> -1L)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
