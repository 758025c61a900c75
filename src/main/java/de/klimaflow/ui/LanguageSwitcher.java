package de.klimaflow.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;

/** A small select "Deutsch / English"; the choice is remembered (see {@link LocaleSupport}). */
public class LanguageSwitcher extends Composite<Select<Locale>> {

    public LanguageSwitcher(LocaleSupport localeSupport) {
        Select<Locale> select = getContent();
        select.setItems(TranslationProvider.LOCALES);
        select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        select.setAriaLabel(getTranslation("language.label"));
        select.setValue(TranslationProvider.supported(getLocale()));
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                localeSupport.switchTo(select.getUI().orElseThrow(), event.getValue());
            }
        });
        select.addClassName("language-switcher");
    }
}
