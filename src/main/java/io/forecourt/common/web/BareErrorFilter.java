package io.forecourt.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;

/**
 * Some filters answer with a bare status (the CSRF filter's 400, for one). Under /api such an
 * answer still gets a problem+json body, so clients always have something to read.
 */
public class BareErrorFilter {

    @ServerResponseFilter
    public void addProblemBody(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || !request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400
                ? "The request was refused; a form post needs its CSRF token (JSON clients: send Content-Type application/json)"
                : title;
        response.setEntity(new Problem(Problem.typeFor(status), title, status, detail,
                request.getUriInfo().getPath(), Map.of()));
        response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
    }
}
