package de.klimaflow.security;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The privacy notice a person consents to on every public form (registration, contact, joining the network;
 * {@code klimaflow.registration.privacy-notice.de}, {@code .en}): the agency's data protection officer writes it, so
 * it comes from configuration, not from code. Beside {@link PublicForm}, which every public form uses, until personal
 * data is a feature of its own.
 */
@ConfigurationProperties("klimaflow.registration")
public record PrivacyNotice(Map<String, String> privacyNotice) {

    /** The notice in the visitor's language, German when there is none in it. */
    public String textFor(Locale locale) {
        return privacyNotice.getOrDefault(locale.getLanguage(), privacyNotice.getOrDefault("de", ""));
    }

    @Configuration
    @EnableConfigurationProperties(PrivacyNotice.class)
    static class Binding {}
}
