package de.klimaflow.accessibility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The accessibility statement's facts and the feedback process's rules ({@code klimaflow.accessibility.*}): the
 * agency's accessibility officer words the statement and names the enforcement body, so they come from configuration.
 *
 * @param feedbackGroup the staff group that answers reports of barriers
 * @param replyWithin   the time within which a reporter gets an answer (the task's due date)
 * @param retention     how long after its answer a report keeps the reporter's name and address
 */
@ConfigurationProperties("klimaflow.accessibility")
public record AccessibilitySettings(
        String feedbackGroup, Duration replyWithin, Duration retention, Statement statement) {

    /**
     * @param status       FULL, PARTIAL or NONE: how far the public pages meet BITV 2.0 / WCAG 2.1 AA
     * @param lastCheck    when the pages were last checked
     * @param knownLimits  what is not accessible yet, per language
     * @param enforcement  the state's enforcement body (Schlichtungsstelle): name, web address, postal address
     */
    public record Statement(
            String status,
            LocalDate lastCheck,
            Map<String, List<String>> knownLimits,
            String contactEmail,
            @Nullable String contactPhone,
            Enforcement enforcement) {

        public List<String> knownLimits(Locale locale) {
            return knownLimits.getOrDefault(locale.getLanguage(), knownLimits.getOrDefault("de", List.of()));
        }
    }

    public record Enforcement(
            String name, String url, @Nullable String address) {}

    @Configuration
    @EnableConfigurationProperties(AccessibilitySettings.class)
    static class Binding {}
}
