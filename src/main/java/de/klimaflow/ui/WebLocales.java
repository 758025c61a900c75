package de.klimaflow.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of server-rendered pages (public pages, error pages): the choice remembered in the same
 * cookie the staff UI writes ({@link LocaleSupport}), else the browser's language; German unless English.
 * {@code ?lang=en} switches and remembers. The texts come from the same bundles as the staff UI.
 */
@Configuration
public class WebLocales implements WebMvcConfigurer {

    public static final String PARAMETER = "lang";
    private static final String CHOSEN = WebLocales.class.getName() + ".chosen";

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
                    return chosen;
                }
                return remembered(request).orElseGet(() -> browsers(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Locale supported = TranslationProvider.supported(locale);
                // the rest of this request (an error page, say) speaks the new language already
                request.setAttribute(CHOSEN, supported);
                response.addCookie(cookie(supported));
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }

    /** The browser's language if it names one we have; German when it names none (not the server's locale). */
    static Locale browsers(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? TranslationProvider.GERMAN
                : TranslationProvider.supported(request.getLocale());
    }

    static java.util.Optional<Locale> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? java.util.Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> LocaleSupport.COOKIE.equals(cookie.getName()))
                        .findFirst()
                        .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())));
    }

    static Cookie cookie(Locale supported) {
        Cookie cookie = new Cookie(LocaleSupport.COOKIE, supported.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
