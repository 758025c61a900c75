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

    public static String process(Component i18n, String processKey, String modelName) {
        return label(i18n, "process." + processKey, modelName);
    }

    public static String element(Component i18n, String processKey, @Nullable String elementId, String modelName) {
        return elementId == null ? modelName : label(i18n, "process." + processKey + "." + elementId, modelName);
    }

    private static String label(Component i18n, String key, String modelName) {
        Locale locale = UI.getCurrent() == null ? Locale.GERMAN : UI.getCurrent().getLocale();
        if (!TranslationProvider.ENGLISH.equals(TranslationProvider.supported(locale))) {
            return modelName;
        }
        String text = i18n.getTranslation(key);
        return text.startsWith("!") ? modelName : text;
    }

    private ProcessLabels() {
    }
}
