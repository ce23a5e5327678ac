package io.forecourt.common.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Test-only endpoints that fail in each way the error mapping must answer. */
@Path("/api/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public record Order(@NotBlank String name, @Min(1) int quantity) {
    }

    @POST
    @Path("orders")
    public Order create(@Valid Order order) {
        return order;
    }

    @GET
    @Path("stale")
    public String stale() {
        throw new OptimisticLockException("UPDATE users SET version=2 WHERE id=1 AND version=1");
    }

    @GET
    @Path("rule")
    public String rule() {
        throw new ForecourtException(422, "Rule violation", "The configuration breaks a rule",
                Map.of("violations", List.of(Map.of("rule", "Leather interior requires premium trim",
                        "message", "Leather needs the premium trim", "options", List.of("INT_LEATHER")))));
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("select password_hash from users -- at io.forecourt.Secret");
    }
}
