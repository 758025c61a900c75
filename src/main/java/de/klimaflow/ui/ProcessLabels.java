package de.klimaflow.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Names from the BPMN models in the user's language. The models name their elements in German; English
 * labels live in the bundle as {@code process.<process key>} and {@code process.<process key>.<element id>},
 * and the model's name is the fallback.
 */
public final class ProcessLabels {

    /** The process's label; a task outside any process (none in klimaflow's models) shows the model's name or nothing. */
    public static String process(Component i18n, @Nullable String processKey, @Nullable String modelName) {
        String fallback = modelName == null ? "" : modelName;
        return processKey == null ? fallback : label(i18n, "process." + processKey, fallback);
    }

    public static String element(
            Component i18n, @Nullable String processKey, @Nullable String elementId, @Nullable String modelName) {
        String fallback = modelName == null ? "" : modelName;
        return processKey == null || elementId == null
                ? fallback
                : label(i18n, "process." + processKey + "." + elementId, fallback);
    }

    private static String label(Component i18n, String key, String modelName) {
        Locale locale =
                UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        if (!TranslationProvider.ENGLISH.equals(TranslationProvider.supported(locale))) {
            return modelName;
        }
        String text = i18n.getTranslation(key);
        return text.startsWith("!") ? modelName : text;
    }

    private ProcessLabels() {}
}
