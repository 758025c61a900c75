package de.klimaflow.events.backoffice;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

/**
 * Labels for the items of an event that management reviews and the audit trail records
 * ("part.2.seats" → "Programmteil 2, Plätze"), and their values as people read them.
 */
final class ReviewItems {

    private ReviewItems() {}

    static String label(Component i18n, String item) {
        String[] key = item.split("\\.");
        return key.length == 3
                ? i18n.getTranslation(
                        "event.approve.item.part", key[1], i18n.getTranslation("event.approve.item." + key[2]))
                : i18n.getTranslation("event.approve.item." + item);
    }

    /** "before → after" as one line of a list; audiences by their names, empty values as a dash. */
    static String change(Component i18n, String item, String before, String after) {
        return i18n.getTranslation(
                "event.approve.changed", label(i18n, item), shown(i18n, item, before), shown(i18n, item, after));
    }

    private static String shown(Component i18n, String item, String value) {
        if (value.isEmpty()) {
            return "–";
        }
        return item.endsWith(".audiences")
                ? Arrays.stream(value.split(", "))
                        .map(code -> i18n.getTranslation("audience." + code))
                        .collect(Collectors.joining(", "))
                : value;
    }
}
