package de.klimaflow.privacy;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The privacy notice of each purpose a public form serves ({@code klimaflow.privacy.notices.<purpose>.de}, {@code .en}):
 * what is stored, what for and for how long, written by the agency's data protection officer, so it comes from
 * configuration, with defaults that match what the code does. Each form shows its own notice and asks for consent
 * with its own text ({@code privacy.consent.<purpose>} in the bundles).
 */
@ConfigurationProperties("klimaflow.privacy")
public record PrivacyNotices(Map<Purpose, Map<String, String>> notices) {

    /** What a public form collects personal data for. */
    public enum Purpose {
        EVENT_REGISTRATION("eventRegistration"),
        CONSULTATION_REQUEST("consultationRequest"),
        NETWORK_JOIN("networkJoin"),
        DIRECTORY_LISTING("directoryListing"),
        ACCESSIBILITY_FEEDBACK("accessibilityFeedback");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }

        /** The bundle key of the consent a form asks for this purpose. */
        public String consentKey() {
            return "privacy.consent." + key;
        }
    }

    /** The notice of this purpose in the visitor's language, German when there is none in it. */
    public String textFor(Purpose purpose, Locale locale) {
        Map<String, String> texts = notices.getOrDefault(purpose, Map.of());
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("de", ""));
    }

    @Configuration
    @EnableConfigurationProperties(PrivacyNotices.class)
    static class Binding {}
}
