package de.klimaflow.security;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import de.klimaflow.platform.MailAddresses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The rules every public form shares: a flood of posts from one address is refused with 429, a filled
 * honeypot or a missing, forged or too quick stamp is a form error, and names are checked the same way
 * everywhere. Messages are i18n keys of the bundles.
 */
@Component
public class PublicFormGuard {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}0-9 .,'’()/&\\-]+");

    private final FormStamps stamps;
    private final PublicSubmissionLimit limit;

    public PublicFormGuard(FormStamps stamps, PublicSubmissionLimit limit) {
        this.stamps = stamps;
        this.limit = limit;
    }

    /** A fresh stamp for a form being shown. */
    public String stamp() {
        return stamps.issue();
    }

    /**
     * Checks the post against floods and bots. Returns false when the client sent too many: then the
     * response is 429 with Retry-After and the form should come back at once, with its global error.
     */
    public boolean admit(
            BindingResult errors, PublicForm form, HttpServletRequest request, HttpServletResponse response) {
        Optional<Duration> wait = limit.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, wait.get().toSeconds())));
            errors.reject(
                    "registration.form.tooMany",
                    new Object[] {Math.max(1, wait.get().toMinutes() + 1)},
                    null);
            return false;
        }
        if (form.honeypotFilled()) {
            errors.reject("registration.form.honeypot");
        } else {
            switch (stamps.check(form.getStamp())) {
                case TOO_FAST -> errors.reject("registration.form.tooFast");
                case INVALID -> errors.reject("registration.form.stale");
                case OK -> {}
            }
        }
        return true;
    }

    /** A required name (of a person or a municipality): letters, digits and a few signs, at most {@code max}. */
    public static void requireName(BindingResult errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "contact.error.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "contact.error.tooLong", new Object[] {max}, null);
        } else if (!NAME.matcher(value).matches()) {
            errors.rejectValue(field, "contact.error.characters");
        }
    }

    /** A required address to answer to: one well-formed address of at most 254 characters. */
    public static void requireEmail(BindingResult errors, String field, String value) {
        if (value.isEmpty() || value.length() > 254 || !MailAddresses.isValid(value)) {
            errors.rejectValue(field, "contact.error.email");
        }
    }

    /**
     * Free text of at most {@code max} characters; with {@code missingKey} it is required, and that message says what
     * is missing.
     */
    public static void requireText(
            BindingResult errors, String field, String value, int max, @Nullable String missingKey) {
        if (value.isEmpty() && missingKey != null) {
            errors.rejectValue(field, missingKey);
        } else if (value.length() > max) {
            errors.rejectValue(field, "contact.error.tooLong", new Object[] {max}, null);
        }
    }

    /** Trimmed text; null becomes empty. */
    public static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
