package de.klimaflow.support;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts a public form as a person would: opens the page for its CSRF token and signed stamp, takes the few seconds a
 * person needs (the business clock), then sends the fields. A stamp among the fields is sent as given (a forgery).
 */
public final class PublicForms {

    private PublicForms() {}

    public static HttpResponse<String> submit(
            WebSession visitor, TestClock clock, String path, Map<String, String> fields) {
        String page = visitor.get(path).body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", WebSession.fieldValue(page, "_csrf"));
        if (all.getOrDefault("stamp", "").isEmpty()) {
            all.put("stamp", WebSession.fieldValue(page, "stamp"));
        }
        clock.advance(Duration.ofSeconds(5));
        return visitor.post(path, encode(all));
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
