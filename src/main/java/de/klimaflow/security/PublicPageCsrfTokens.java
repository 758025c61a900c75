package de.klimaflow.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where the CSRF token of a page is kept. Public pages keep it in a cookie of their own (double submit:
 * the form carries the token, the cookie its twin, and a cross-site form cannot read or set the cookie), so
 * anonymous reading opens no server session and costs the server no memory. The cookie is HttpOnly,
 * SameSite=Strict and, over HTTPS, Secure. Staff pages keep the token in their session, as before.
 */
final class PublicPageCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "KF-FORM-TOKEN";

    private final RequestMatcher publicPages;
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    PublicPageCsrfTokens(RequestMatcher publicPages) {
        this.publicPages = publicPages;
        cookies.setCookieName(COOKIE);
        cookies.setCookiePath("/");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return publicPages.matches(request) ? cookies : sessions;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    @Override
    public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
        return of(request).loadDeferredToken(request, response);
    }
}
