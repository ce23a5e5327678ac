package io.forecourt.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.smallrye.mutiny.Uni;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become answers: application/problem+json under /api, an error page
 * (or the sign-in page) elsewhere. Details never carry stack traces, class names or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ErrorResponses responses;

    ProblemMappers(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Uni<Response> forecourt(ForecourtException e, UriInfo uri, HttpHeaders headers) {
        return responses.answer(uri, headers, e.status(), e.title(), e.getMessage(), e.extensions());
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Uni<Response> malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String detail = "The request body is not valid JSON";
        Map<String, Object> extensions = Map.of();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String why = e instanceof JsonText.NulInText ? InputGuard.NUL_MESSAGE : JsonLimits.reason(e);
            detail = "The field '" + field + "' " + why;
            extensions = Map.of("errors", List.of(Violation.field(field,
                    e instanceof JsonText.NulInText ? "text" : "format", why)));
        } else if (e instanceof JsonMappingException) {
            detail = "The request body does not have the expected structure";
        }
        return responses.answer(uri, headers, 400, "Malformed request", detail, extensions);
    }

    @ServerExceptionMapper
    public Uni<Response> invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Violation> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Violation.field(fieldOf(v), ruleOf(v), v.getMessage()))
                .toList();
        return responses.answer(uri, headers, 400, "Invalid request", "Some fields are not valid",
                Map.of("errors", errors));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return responses.unauthorizedAnswer(uri, headers);
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return responses.answer(uri, headers, 403, "Forbidden", "You are not allowed to do this", Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Uni<Response> stale(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return responses.answer(uri, headers, 409, "Conflict",
                "Someone else changed this record meanwhile; reload it and try again", Map.of());
    }

    @ServerExceptionMapper
    public Uni<Response> web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return Uni.createFrom().item(e.getResponse());
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri, headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath();
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation is available";
            case 415 -> "This media type is not supported here";
            case 400 -> "The request is malformed";
            default -> title;
        };
        return responses.answer(uri, headers, status, title, detail, Map.of());
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        RequestRefusal refusal = RequestRefusal.of(e);
        if (refusal != null) {
            return responses.answer(uri, headers, refusal.status(), refusal.title(), refusal.detail(), Map.of());
        }
        String correlationId = UUID.randomUUID().toString();
        MDC.put("correlationId", correlationId);
        try {
            LOG.errorf(e, "Unexpected failure on %s (correlation id %s)", uri.getPath(), correlationId);
        } finally {
            MDC.remove("correlationId");
        }
        return responses.answer(uri, headers, 500, "Internal error",
                "Something went wrong on our side; quote the correlation id when you report it",
                Map.of("correlationId", correlationId));
    }

    /** The constraint's name in kebab case ("NotBlank" → "not-blank"): which check refused the field. */
    static String ruleOf(ConstraintViolation<?> v) {
        String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg0.name" -> "name": the method and parameter are not the client's concern
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
