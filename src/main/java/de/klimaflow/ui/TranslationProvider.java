package de.klimaflow.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * German first, English second: {@code vaadin-i18n/translations.properties} is German and the fallback,
 * {@code translations_en.properties} English. A key missing in English falls back to German, never to
 * the JVM's default locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(GERMAN, ENGLISH);

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, supported.equals(GERMAN) ? Locale.ROOT : supported, NO_DEFAULT_LOCALE);
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, supported).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation {} for {}", key, supported);
            return "!" + key;
        }
    }

    /** The provided locale that matches the language of the given one, German when none does. */
    public static Locale supported(@Nullable Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return GERMAN;
    }
}
