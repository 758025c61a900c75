package de.klimaflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session against the running app: cookies, CSRF token, no redirect following. */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String basicAuth;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the login form as the browser does; returns the redirect target. */
    public String login(String user, String password) {
        return postLogin(user, password).headers().firstValue("Location").orElse("");
    }

    /** Posts the login form with the token of a freshly opened login page; returns the whole answer. */
    public HttpResponse<String> postLogin(String user, String password) {
        return postLogin(user, password, csrfToken());
    }

    /** Posts the login form with the given token (empty: none), as a forged or careless client would. */
    public HttpResponse<String> postLogin(String user, String password, String csrfToken, String... headers) {
        String form = "username=" + enc(user) + "&password=" + enc(password)
                + (csrfToken.isEmpty() ? "" : "&_csrf=" + enc(csrfToken));
        return post("/login", form, headers);
    }

    /** The CSRF token the login page hands out to this session. */
    public String csrfToken() {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return token.group(1);
    }

    /** A form POST with extra headers given as name, value, name, value ... */
    public HttpResponse<String> post(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A GET with extra headers given as name, value, name, value ... */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (basicAuth != null) {
            request.header("Authorization", basicAuth);
        }
        return send(request);
    }

    /** A request with a body of the given content type (JSON for the API), extra headers as name, value ... */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (basicAuth != null) {
            request.header("Authorization", basicAuth);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The value of a named hidden field (or any input) in a page, e.g. "_csrf" or "stamp". */
    public static String fieldValue(String html, String name) {
        Matcher field = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!field.find()) {
            throw new IllegalStateException("no field " + name + " in the page");
        }
        return field.group(1);
    }

    /** The value of a cookie this session holds, or empty. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    /** Sends HTTP Basic credentials with every further request (APIs). */
    public WebSession basic(String user, String password) {
        basicAuth =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String base() {
        return base;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
