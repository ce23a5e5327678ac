package io.forecourt.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Optional;

/**
 * Where the current request came to ("https://forecourt.example:8443"), for links a person copies
 * or receives by mail; empty outside a request (demo data, background work).
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    CurrentVertxRequest current;

    public Optional<String> get() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext rc = current.getCurrent();
        if (rc == null) {
            return Optional.empty();
        }
        URI uri = URI.create(rc.request().absoluteURI());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
