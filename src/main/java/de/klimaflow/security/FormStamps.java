package de.klimaflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed "form shown at" stamp for public forms: a person needs a few seconds to fill in a form, a bot
 * posts at once. The stamp carries the time the form was rendered and an HMAC of it, so it cannot be
 * forged or reused for ever. The key comes from {@code klimaflow.public-submissions.stamp-key} (the same
 * on every node) or, when unset, is drawn at start-up; a form shown before a restart then asks to be sent again.
 */
@Component
public class FormStamps {

    /** What a submitted stamp says. */
    public enum Check {
        OK,
        /** sent sooner than a person could have filled in the form */
        TOO_FAST,
        /** missing, forged, or older than a day: the form must be sent again */
        INVALID
    }

    private static final Duration MAX_AGE = Duration.ofDays(1);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration minFillTime;
    private final Clock clock;

    public FormStamps(
            @Value("${klimaflow.public-submissions.stamp-key:}") String configuredKey,
            @Value("${klimaflow.public-submissions.min-fill-time:3s}") Duration minFillTime,
            Clock clock) {
        byte[] secret = configuredKey.isBlank() ? new byte[32] : configuredKey.getBytes(StandardCharsets.UTF_8);
        if (configuredKey.isBlank()) {
            new SecureRandom().nextBytes(secret);
        }
        this.key = new SecretKeySpec(secret, HMAC);
        this.minFillTime = minFillTime;
        this.clock = clock;
    }

    /** A stamp for a form rendered now. */
    public String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    public Check check(@Nullable String stamp) {
        if (stamp == null || stamp.length() > 100) {
            return Check.INVALID;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Check.INVALID;
        }
        String millis = stamp.substring(0, dot);
        if (!MessageDigest.isEqual(
                sign(millis).getBytes(StandardCharsets.US_ASCII),
                stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.INVALID;
        }
        long shownAt;
        try {
            shownAt = Long.parseLong(millis);
        } catch (NumberFormatException notAStamp) {
            return Check.INVALID;
        }
        Duration age = Duration.ofMillis(clock.millis() - shownAt);
        if (age.compareTo(MAX_AGE) > 0) {
            return Check.INVALID;
        }
        return age.compareTo(minFillTime) < 0 ? Check.TOO_FAST : Check.OK;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }
}
