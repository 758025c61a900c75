package de.klimaflow.ui;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Chooses the UI language: the signed-in user's saved choice, else the choice remembered in a cookie,
 * else the browser's language. Switching saves the choice in both places and reloads the page.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "klimaflow-lang";

    private final ShellAccount account;

    public LocaleSupport(ShellAccount account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    Locale resolve(VaadinRequest request) {
        Optional<Locale> saved = account.preferredLocale();
        if (saved.isPresent()) {
            return TranslationProvider.supported(saved.get());
        }
        if (request instanceof VaadinServletRequest servletRequest) {
            return WebLocales.remembered(servletRequest.getHttpServletRequest())
                    .orElseGet(() -> WebLocales.browsers(servletRequest.getHttpServletRequest()));
        }
        return TranslationProvider.supported(request == null ? null : request.getLocale());
    }

    /** Remembers the choice for this browser and, when signed in, for the user; then reloads the page. */
    public void switchTo(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        account.savePreferredLocale(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(WebLocales.cookie(supported));
        }
        apply(ui, supported);
        ui.getPage().reload();
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        // screen readers need the page language (WCAG 3.1.1)
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
