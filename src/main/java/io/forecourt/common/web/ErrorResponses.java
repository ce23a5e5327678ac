package io.forecourt.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds error answers for API clients (problem+json) and for people (a page). */
@Singleton
public class ErrorResponses {

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String correlationId);
    }

    /**
     * Pages show who is signed in, which may need a blocking look-up; errors raised on the I/O thread
     * (unknown paths, role checks) are therefore rendered on a worker thread.
     */
    Uni<Response> answer(UriInfo uri, HttpHeaders headers, int status, String title, String detail,
                         Map<String, Object> extensions) {
        if (wantsPage(uri, headers) && Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(() -> problem(uri, headers, status, title, detail, extensions))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().item(problem(uri, headers, status, title, detail, extensions));
    }

    Uni<Response> unauthorizedAnswer(UriInfo uri, HttpHeaders headers) {
        return Uni.createFrom().item(unauthorized(uri, headers));
    }

    Response problem(UriInfo uri, HttpHeaders headers, int status, String title, String detail,
                     Map<String, Object> extensions) {
        if (wantsPage(uri, headers)) {
            Object id = extensions.get("correlationId");
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(status, title, detail, id == null ? null : id.toString()).render())
                    .build();
        }
        Problem body = new Problem(Problem.typeFor(status), title, status, detail, uri.getPath(), extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    Response unauthorized(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().equals("/j_security_check")) {
            // a failed form sign-in: back to the form, which says so
            return Response.status(302).location(URI.create("/login?error=true")).build();
        }
        if (wantsPage(uri, headers)) {
            String next = URLEncoder.encode(uri.getRequestUri().getRawPath(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/login?next=" + next)).build();
        }
        String sent = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = sent != null && sent.regionMatches(true, 0, "Bearer ", 0, 7);
        Problem body = new Problem(Problem.typeFor(401), "Unauthorized", 401, bearer
                ? "This API token is unknown, expired or revoked, or its owner was deactivated"
                : "Sign in to do this (an API token as Bearer, or HTTP Basic, for the API)", uri.getPath(), Map.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, bearer
                        ? "Bearer realm=\"Forecourt\", error=\"invalid_token\""
                        : "Bearer realm=\"Forecourt\", Basic realm=\"Forecourt\"")
                .entity(body).build();
    }

    /** 429 with {@code Retry-After}: a client over its rate limit. */
    public static Response tooManyRequests(String path, long retryAfterSeconds, String detail) {
        Problem body = new Problem(Problem.typeFor(429), "Too Many Requests", 429, detail, path,
                Map.of("retryAfter", retryAfterSeconds));
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(body).build();
    }

    /** Pages are everything outside /api whose caller accepts HTML. */
    static boolean wantsPage(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
    }
}
