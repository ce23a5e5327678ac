package io.forecourt.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The trivial JSON endpoint the benchmarks compare real endpoints with (test code only). */
@Path("/api/bench/ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    public record Pong(String status, long time) {
    }

    @GET
    public Pong ping() {
        return new Pong("ok", System.currentTimeMillis());
    }

    public record Who(String username, long time) {
    }

    @jakarta.inject.Inject
    io.quarkus.security.identity.CurrentIdentityAssociation identities;

    /**
     * The same trivial answer, but it asks who is calling, so credentials sent are checked as on any
     * secured endpoint (open to anyone, so the anonymous call does the same work minus the check).
     */
    @GET
    @Path("me")
    public io.smallrye.mutiny.Uni<Who> me() {
        return identities.getDeferredIdentity().map(identity -> new Who(
                identity.isAnonymous() ? null : identity.getPrincipal().getName(), System.currentTimeMillis()));
    }

    public record Echo(String product, java.util.List<String> selections, String market) {
    }

    /** The trivial endpoint for POST clients: the same request body as a click, a small answer. */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public Pong ping(Echo body) {
        return new Pong(body.product(), System.currentTimeMillis());
    }
}
