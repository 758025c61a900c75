package de.klimaflow.events;

/**
 * One reason a draft cannot be saved.
 *
 * @param field   the form field, e.g. "title" or "parts[1].capacity"
 * @param message an i18n key, e.g. "event.error.endBeforeStart"
 */
public record EventProblem(String field, String message) {
}
