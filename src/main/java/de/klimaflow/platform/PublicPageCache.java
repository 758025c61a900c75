package de.klimaflow.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps each rendered public page (calendar, event pages, directory) for a moment, per path and language,
 * so a rush of visitors costs one rendering and one set of queries per page and moment, not one per visitor.
 * Every committed change of a stored entity on this node drops all pages at once; the time limit bounds
 * what a change on another node or the passing of a deadline leaves behind. Only anonymous GETs of
 * these pages without a query string are kept; staff see their own header, and {@code ?lang=} sets a cookie.
 */
class PublicPageCache extends OncePerRequestFilter
        implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    /**
     * The pages that are the same for every visitor: the calendar, an event's page and the directory. Not the
     * forms below them, which carry the visitor's CSRF token and time stamp.
     */
    private static final Pattern KEPT =
            Pattern.compile(Pattern.quote(Links.PUBLIC_CALENDAR) + "(/[0-9]{1,18})?|" + Pattern.quote(Links.NETWORK));

    /** Far more than there are public pages times languages; a flood of distinct paths only empties the cache. */
    private static final int MAX_PAGES = 2000;

    private record Page(
            byte[] body,
            String contentType,
            @Nullable String language,
            @Nullable String etag,
            Instant storedAt) {}

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** The pages being rendered anew just now, because their time ran out. */
    private final Map<String, Boolean> renderingNow = new ConcurrentHashMap<>();
    /** Counts the drops: a page rendered while a change committed is not kept, it may show the state before. */
    private final AtomicLong generation = new AtomicLong();

    private final LocaleResolver locales;
    private final Clock clock;
    private final Duration freshFor;

    PublicPageCache(LocaleResolver locales, Clock clock, Duration freshFor) {
        this.locales = locales;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getUserPrincipal() != null
                || freshFor.isZero()
                || !KEPT.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        String key =
                request.getRequestURI() + '|' + locales.resolveLocale(request).toLanguageTag();
        Instant now = clock.instant();
        Page page = pages.get(key);
        if (page != null
                && !now.isBefore(page.storedAt())
                && now.isBefore(page.storedAt().plus(freshFor))) {
            answer(page, request, response);
            return;
        }
        // one visitor renders the page anew; the others meanwhile get the last rendering, rather than all
        // rendering the same page at once. No change dropped it, only its time ran out.
        boolean renewing = page != null;
        if (page != null && renderingNow.putIfAbsent(key, Boolean.TRUE) != null) {
            answer(page, request, response);
            return;
        }
        try {
            render(key, now, request, response, chain);
        } finally {
            if (renewing) {
                renderingNow.remove(key);
            }
        }
    }

    private void render(
            String key, Instant now, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedIn = generation.get();
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        // the whole page is rendered even for a conditional request, so that a rush of them fills the cache too
        chain.doFilter(new Unconditional(request), rendering);
        if (rendering.getStatus() != HttpStatus.OK.value()
                || rendering.getContentType() == null
                || rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
            rendering.copyBodyToResponse();
            return;
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        Page rendered = new Page(
                rendering.getContentAsByteArray(),
                rendering.getContentType(),
                rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                rendering.getHeader(HttpHeaders.ETAG),
                now);
        pages.put(key, rendered);
        if (generation.get() != renderedIn) {
            pages.remove(key, rendered);
        }
        answer(rendered, request, response);
    }

    private static boolean matches(String etag, @Nullable String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The request without its conditions: the page is rendered and its ETag computed in full. */
    private static final class Unconditional extends HttpServletRequestWrapper {

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return conditional(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return conditional(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return conditional(name) ? -1 : super.getDateHeader(name);
        }

        private static boolean conditional(String name) {
            return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name)
                    || HttpHeaders.IF_MODIFIED_SINCE.equalsIgnoreCase(name);
        }
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (page.language() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
        }
        if (page.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, page.etag());
            if (matches(page.etag(), request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                response.setStatus(HttpStatus.NOT_MODIFIED.value());
                return;
            }
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Drops every kept page, e.g. after a change the pages may show. */
    void clear() {
        generation.incrementAndGet();
        pages.clear();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        clear();
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        clear();
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        clear();
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {}

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {}

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {}

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
