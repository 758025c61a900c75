package de.klimaflow.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the erasure log's HMAC, from configuration ({@code KLIMAFLOW_ERASURE_KEY}), so that a copy of the database
 * alone cannot test a guessed address. Without one, a random key for this run: erasures are still logged, but an
 * address named after a restart is not matched to them.
 */
@Component
class ErasureKey {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureKey.class);

    private final byte[] key;

    ErasureKey(@Value("${klimaflow.privacy.erasure-key:}") String configured) {
        if (configured.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warn(
                    "No klimaflow.privacy.erasure-key configured: the erasure log matches addresses only until restart");
        } else {
            key = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The HMAC-SHA256 of the address as the features compare it (trimmed, lower case), hex. */
    String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(
                            mac.doFinal(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
