package de.klimaflow.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds real requests and answers of the public API against its OpenAPI document: the status is documented for the
 * operation, the content type is the documented one, the body meets the documented schema (JSON Schema 2020-12, with
 * every pattern compiled as ECMAScript by joni, as a JavaScript client compiles it) and the documented headers are
 * there. It remembers which statuses it saw, so that a test can show each documented one was met.
 */
public final class OpenApiContract {

    private static final String BASE = "https://klimaflow.test/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public OpenApiContract(String documentJson) throws Exception {
        this.document = new ObjectMapper().readTree(documentJson);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                .formatAssertionsEnabled(true)
                .build();
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(BASE, documentJson)));
    }

    /** The request body as sent meets the operation's request schema. */
    public void request(String method, String template, String body) {
        String pointer = operationPointer(method, template) + "/requestBody/content/application~1json/schema";
        assertThat(document.at(pointer).isMissingNode())
                .as("%s %s takes JSON", method, template)
                .isFalse();
        assertValid(pointer, body, method + " " + template + " request");
    }

    /** The answer meets what the document says of its status for this operation; returns it for further checks. */
    public HttpResponse<String> answer(String method, String template, HttpResponse<String> answer) {
        answer(method, template, answer.statusCode(), name -> answer.headers().firstValue(name), answer.body());
        return answer;
    }

    /** The same for an answer read off a raw connection. */
    public LoopbackClient.Answer answer(String method, String template, LoopbackClient.Answer answer) {
        answer(method, template, answer.status(), answer::header, answer.body());
        return answer;
    }

    private void answer(
            String method,
            String template,
            int statusCode,
            java.util.function.Function<String, java.util.Optional<String>> header,
            String body) {
        String operation = operationPointer(method, template);
        assertThat(document.at(operation).isMissingNode())
                .as("%s %s is documented", method, template)
                .isFalse();
        String status = Integer.toString(statusCode);
        String responsePointer = operation + "/responses/" + status;
        JsonNode response = document.at(responsePointer);
        assertThat(response.isMissingNode())
                .as("%s %s documents status %s (%s)", method, template, status, body)
                .isFalse();
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = document.at(responsePointer);
        }
        String what = method + " " + template + " " + status;
        response.path("headers")
                .fieldNames()
                .forEachRemaining(name -> assertThat(header.apply(name))
                        .as("%s has the documented header %s", what, name)
                        .isPresent());
        if (!response.has("content")) {
            assertThat(body).as("%s has no body", what).isEmpty();
        } else {
            String type = header.apply("Content-Type").orElse("").split(";")[0].strip();
            assertThat(response.get("content").has(type))
                    .as("%s is documented as %s, answered as %s", what, response.get("content"), type)
                    .isTrue();
            assertValid(responsePointer + "/content/" + escape(type) + "/schema", body, what);
        }
        seen.add(what);
    }

    /** Every "METHOD template status" the document names, but those in {@code unless}. */
    public Set<String> documented(Set<String> unless) {
        Set<String> all = new TreeSet<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .path("responses")
                                .fieldNames()
                                .forEachRemaining(status -> {
                                    if (!unless.contains(status)) {
                                        all.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " "
                                                + path.getKey() + " " + status);
                                    }
                                })));
        return all;
    }

    public Set<String> seen() {
        return Set.copyOf(seen);
    }

    private void assertValid(String pointer, String body, String what) {
        List<Error> errors =
                schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer)).validate(body, InputFormat.JSON);
        assertThat(errors).as("%s meets the document: %s", what, body).isEmpty();
    }

    private static String operationPointer(String method, String template) {
        return "/paths/" + escape(template) + "/" + method.toLowerCase(java.util.Locale.ROOT);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
