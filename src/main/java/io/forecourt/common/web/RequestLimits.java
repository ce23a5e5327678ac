package io.forecourt.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * The request line, header and body size limits, checked before any route runs, so that an
 * over-long address (414), over-large headers (431) or a declared body over the limit (413) get the
 * same problem+json (or error page) as every other error. Vert.x's own limits
 * ({@code quarkus.http.limits.*}) sit above these as a last line; beyond them it answers with an
 * empty body, which the app cannot shape.
 */
@ApplicationScoped
public class RequestLimits {

    private final ForecourtConfig.Http limits;
    private final ObjectMapper json;

    RequestLimits(ForecourtConfig config, ObjectMapper json) {
        this.limits = config.http();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // the request line as sent: method, target, protocol
        int line = request.method().name().length() + 1 + request.uri().length() + 9;
        if (line > limits.maxRequestLine()) {
            refuse(rc, 414, "URI Too Long", "The address is longer than " + limits.maxRequestLine()
                    + " bytes; send long input in a request body instead");
            return;
        }
        if (headerBytes(request.headers()) > limits.maxHeaderBytes()) {
            refuse(rc, 431, "Request Header Fields Too Large", "The request's headers are larger than "
                    + limits.maxHeaderBytes() + " bytes in all");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && tooLong(length, limits.maxBodyBytes())) {
            refuse(rc, 413, "Content Too Large", "The request body is larger than " + limits.maxBodyBytes()
                    + " bytes");
            return;
        }
        rc.next();
    }

    /** Runs before sign-in is read, so the page is rendered as for a visitor, in a request context of its own. */
    private static String page(int status, String title, String detail) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return ErrorResponses.Templates.error(status, title, detail, null).render();
        } finally {
            context.terminate();
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> h : headers) {
            bytes += h.getKey().length() + 2L + h.getValue().length() + 2L;
        }
        return bytes;
    }

    private static boolean tooLong(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext rc, int status, String title, String detail) {
        String path = rc.normalizedPath();
        String accept = String.valueOf(rc.request().getHeader("Accept"));
        rc.response().setStatusCode(status).putHeader("Connection", "close");
        if (!path.startsWith("/api") && accept.contains("text/html")) {
            // the error page shows who is signed in, which may need a blocking look-up
            rc.vertx().executeBlocking(() -> page(status, title, detail))
                    .onComplete(page -> rc.response().putHeader("Content-Type", "text/html;charset=UTF-8")
                            .end(page.succeeded() ? page.result() : title));
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(new Problem(Problem.typeFor(status), title, status, detail,
                    path.length() > 200 ? path.substring(0, 200) + "…" : path, Map.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        rc.response().putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
