package de.klimaflow.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

/**
 * Chooses the UI language: the signed-in user's saved choice, else the choice remembered in a cookie,
 * else the browser's language. Switching saves the choice in both places and reloads the page.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "klimaflow-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

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
        if (request != null && request.getCookies() != null) {
            Optional<Cookie> cookie = Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst();
            if (cookie.isPresent()) {
                return TranslationProvider.supported(Locale.forLanguageTag(cookie.get().getValue()));
            }
        }
        return TranslationProvider.supported(request == null ? null : request.getLocale());
    }

    /** Remembers the choice for this browser and, when signed in, for the user; then reloads the page. */
    public void switchTo(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        account.savePreferredLocale(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
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
