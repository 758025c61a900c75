package de.klimaflow.platform.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document of the public API, as true as its answers: who publishes it, where it runs, that it needs no
 * login, every error as {@code application/problem+json}, and answers whose fields are all there, null where the
 * Java type says {@code @Nullable} ({@link ApiRecordSchemas}). Each controller names its own statuses with
 * {@code @ApiResponse(ref = ...)} on the responses below; what any request may meet is added to every operation.
 */
@Configuration
class ApiDocument {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The shared error answers, by status, each naming the problem types it carries. */
    private static final Map<String, String> RESPONSES = responses();

    private static Map<String, String> responses() {
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put(
                "400",
                "Invalid input (`urn:klimaflow:problem:invalid`, one entry per field under `errors`), a body that is "
                        + "no JSON of the expected shape (`…:unreadable`), or a part the event does not have "
                        + "(`…:refused`, `errors` names `parts`).");
        responses.put("403", "The event is by invitation only and the request has no valid invitation (`…:refused`).");
        responses.put(
                "404",
                "No such published event (`…:no-event`), or the token opens no registration (`…:no-registration`).");
        responses.put("409", "Registration for the event is closed (`…:refused`, `errors` names `eventId`).");
        responses.put("413", "The body is larger than 64 kB (`…:too-large`).");
        responses.put("415", "The body is not `application/json`.");
        responses.put(
                "429",
                "Too many registrations from this address (`…:too-many`); `Retry-After` says when to try again.");
        responses.put("500", "Something went wrong on the server (`…:failed`); nothing internal is named.");
        responses.put(
                "503",
                "The service cannot answer now (`…:unavailable`), or this client has too many requests in flight; "
                        + "`Retry-After` says when to try again.");
        return responses;
    }

    /** The agency's settings by name: the platform's domain builds on this package, not the other way round. */
    @Bean
    OpenAPI publicApiDocument(
            @Value("${klimaflow.agency.name}") String agency,
            @Value("${klimaflow.agency.imprint-url}") String imprintUrl,
            @Value("${klimaflow.agency.public-url}") String publicUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("klimaflow: public API of the " + agency)
                        .version("1.0.0")
                        .description("Published events with their seats left, and registrations for them: register, "
                                + "then look at, change or cancel the registration with the personal token of the "
                                + "answer. Anonymous, without cookies. Errors are RFC 9457 problems in the language "
                                + "of `Accept-Language` (German by default).")
                        .contact(new Contact().name(agency).url(imprintUrl))
                        .license(new License()
                                .name("Datenlizenz Deutschland – Namensnennung – Version 2.0")
                                .url("https://www.govdata.de/dl-de/by-2-0")))
                .servers(List.of(new Server().url(publicUrl).description("this installation")));
    }

    @Bean
    OpenApiCustomizer publicApiErrorsAndRecords(ApplicationContext context) {
        return document -> {
            Components components = document.getComponents();
            components.addSchemas(
                    "FieldProblem",
                    object(Map.of("field", string(), "message", string())).required(List.of("field", "message")));
            components.addSchemas(
                    "Problem",
                    object(Map.of(
                                    "type", string().format("uri"),
                                    "title", string(),
                                    "status", schema("integer"),
                                    "detail", string(),
                                    "instance", string(),
                                    "errors",
                                            schema("array")
                                                    .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))))
                            .required(List.of("type", "title", "status")));
            RESPONSES.forEach((status, description) -> components.addResponses(status, problem(status, description)));
            document.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocument::complete));
            ApiRecordSchemas.apply(context, components);
        };
    }

    /**
     * What any operation may meet: the server's own failures; for a body, its size and type; for a numeric path
     * parameter, a value that is no number. No login: an empty security requirement.
     */
    private static void complete(Operation operation) {
        Set<String> statuses = new java.util.TreeSet<>(List.of("500", "503"));
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("400", "413", "415"));
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getSchema() != null
                                && p.getSchema().getTypes() != null
                                && p.getSchema().getTypes().contains("integer"))) {
            statuses.add("400");
        }
        statuses.forEach(status -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().$ref(status));
            }
        });
        operation.setSecurity(List.of());
    }

    private static ApiResponse problem(String status, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
        if (status.equals("429") || status.equals("503")) {
            response.addHeaderObject(
                    "Retry-After", new Header().description("seconds to wait").schema(schema("integer")));
        }
        return response;
    }

    static Schema<Object> schema(String type) {
        Schema<Object> schema = new Schema<>();
        schema.specVersion(SpecVersion.V31);
        schema.addType(type);
        return schema;
    }

    private static Schema<Object> string() {
        return schema("string");
    }

    private static Schema<Object> object(Map<String, Schema<Object>> properties) {
        Schema<Object> object = schema("object");
        new java.util.TreeMap<>(properties).forEach(object::addProperty);
        return object;
    }
}
