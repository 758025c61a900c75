package de.klimaflow.registration.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.api.ApiProblems;
import de.klimaflow.platform.api.PublicApi;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationRequest;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.security.PublicSubmissionLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registrations for the agency's website: register for a published event, then look at, change or
 * cancel the registration with the personal token the answer carries, once the double opt-in through the
 * mail's link has confirmed the address, as on the public form.
 */
@PublicApi(PublicApi.PREFIX)
@Tag(name = "Registrations", description = "Register, and look, change or cancel with the personal token")
public class RegistrationApi {

    /** What the API answers about one registration. */
    public record RegistrationAnswer(
            String token,
            long eventId,
            String name,
            String email,
            @Nullable String organisation,
            ParticipantRole role,
            @Nullable String needs,
            @Nullable String accessibility,
            boolean accessibilityToVenue,
            RegistrationStatus status,
            Instant registeredAt,
            List<PartAnswer> parts,
            String page) {}

    /** One requested part and where the registration stands there. */
    public record PartAnswer(
            long partId,
            PartBooking.Status status,
            /* the first choice this parallel session stands in for: it was the second choice, the first was full */
            @Nullable Long insteadOf) {}

    /** A change of parts. */
    public record PartsChange(
            @NotEmpty(message = "{validation.parts}") @Size(max = 20, message = "{validation.parts}") @Nullable
            List<@NotNull Long> parts) {}

    private final RegistrationService registrations;
    private final RegistrationIntake intake;
    private final PublicSubmissionLimit limit;
    private final SmartValidator validator;
    private final ApiProblems problems;
    private final Links links;

    public RegistrationApi(
            RegistrationService registrations,
            RegistrationIntake intake,
            PublicSubmissionLimit limit,
            SmartValidator validator,
            ApiProblems problems,
            Links links) {
        this.registrations = registrations;
        this.intake = intake;
        this.limit = limit;
        this.validator = validator;
        this.problems = problems;
        this.links = links;
    }

    @PostMapping("/events/{eventId}/registrations")
    @Operation(
            summary = "Register for a published event",
            description = "Answers 201 with the personal token, which opens the registration once the address is "
                    + "confirmed. The person receives the opt-in mail; without confirmation within 48 hours the registration "
                    + "lapses and its data is deleted. An address that is registered already gets the same answer (nothing "
                    + "is stored) and a mail with the link to its registration, so the answer tells nobody whether an "
                    + "address is known.")
    @ApiResponse(
            responseCode = "201",
            description = "Registered; the opt-in mail is on its way",
            headers =
                    @Header(
                            name = "Location",
                            description = "the registration's address in this API",
                            schema = @Schema(type = "string", format = "uri")),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RegistrationAnswer.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/400")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/403")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/409")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/429")
    public ResponseEntity<?> register(
            @PathVariable long eventId,
            @RequestBody RegistrationRequest request,
            HttpServletRequest http,
            Locale locale) {
        Optional<Duration> wait = limit.tryAcquire(http.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, wait.get().toMinutes() + 1);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(
                            HttpHeaders.RETRY_AFTER,
                            Long.toString(Math.max(1, wait.get().toSeconds())))
                    .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many", minutes));
        }
        BindingResult errors = new BeanPropertyBindingResult(request, "registration");
        validator.validate(request, errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().body(problems.invalidFields(errors));
        }
        RegistrationIntake.Registered registered = intake.registerWithToken(
                eventId,
                List.copyOf(request.parts()),
                request.toNewRegistration(NewRegistration.mailLanguage(locale)),
                request.invitation());
        String token = registered.selfServiceToken();
        return ResponseEntity.created(URI.create(links.absolute(Links.apiRegistration(token))))
                .body(answer(token, registered.registration()));
    }

    @GetMapping("/registrations/{token}")
    @Operation(summary = "The registration behind a personal token")
    @ApiResponse(responseCode = "200", description = "The registration")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/404")
    public RegistrationAnswer get(@PathVariable String token) {
        return answer(token, registrations.view(token).orElseThrow(this::unknownToken));
    }

    @PatchMapping("/registrations/{token}")
    @Operation(summary = "Change the parts; the seat rules apply again to new parts")
    @ApiResponse(
            responseCode = "200",
            description = "The changed registration",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RegistrationAnswer.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/400")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/404")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/409")
    public ResponseEntity<?> changeParts(@PathVariable String token, @RequestBody PartsChange change) {
        BindingResult errors = new BeanPropertyBindingResult(change, "change");
        validator.validate(change, errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().body(problems.invalidFields(errors));
        }
        if (!registrations.changeParts(token, List.copyOf(change.parts()))) {
            throw unknownToken();
        }
        return ResponseEntity.ok(get(token));
    }

    @DeleteMapping("/registrations/{token}")
    @Operation(summary = "Cancel; the seat goes to the next person waiting")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/404")
    public ResponseEntity<Void> cancel(@PathVariable String token) {
        if (registrations.view(token).isEmpty()) {
            throw unknownToken();
        }
        registrations.cancel(token);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RegistrationRefused.class)
    ResponseEntity<ProblemDetail> refused(RegistrationRefused refused) {
        HttpStatus status = switch (refused.reason()) {
            case DUPLICATE -> HttpStatus.CONFLICT;
            case CLOSED -> HttpStatus.CONFLICT;
            case UNKNOWN_PART, SESSION_CHOICE, SECOND_CHOICE -> HttpStatus.BAD_REQUEST;
            case INVITATION_REQUIRED -> HttpStatus.FORBIDDEN;
        };
        String field = switch (refused.reason()) {
            case DUPLICATE -> "email";
            case UNKNOWN_PART, SESSION_CHOICE -> "parts";
            case SECOND_CHOICE -> "secondChoices";
            case CLOSED, INVITATION_REQUIRED -> "eventId";
        };
        return ResponseEntity.status(status)
                .body(problems.fieldProblem(status, "refused", field, refused.messageKey()));
    }

    private ErrorResponseException unknownToken() {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND, problems.problem(HttpStatus.NOT_FOUND, "no-registration"), null);
    }

    private RegistrationAnswer answer(String token, RegistrationView view) {
        return new RegistrationAnswer(
                token,
                view.eventId(),
                view.name(),
                view.email(),
                view.organisation(),
                view.role(),
                view.needs(),
                view.accessibility(),
                view.accessibilityToVenue(),
                view.status(),
                view.registeredAt(),
                view.parts().stream()
                        .map(part -> new PartAnswer(part.partId(), part.status(), part.insteadOf()))
                        .toList(),
                links.absolute(Links.registrationSelfService(token)));
    }
}
