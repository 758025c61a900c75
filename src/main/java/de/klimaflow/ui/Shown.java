package de.klimaflow.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

import de.klimaflow.platform.Anonymised;

/** A stored value as staff read it: the marker of erased data in their language, anything else as it is. */
public final class Shown {

    private Shown() {}

    public static String value(Component i18n, @Nullable String stored) {
        if (stored == null) {
            return "";
        }
        return Anonymised.is(stored) ? i18n.getTranslation("privacy.anonymised") : stored;
    }
}
