package io.forecourt.order;

import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Orders of the accounts the caller may see, and their fulfilment steps. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class OrderResource {

    @Inject
    OrderService service;

    @GET
    public List<OrderView> list(@QueryParam("status") OrderStatus status, @QueryParam("account") Long account) {
        return service.list(status, account);
    }

    @GET
    @Path("{id:\\d+}")
    public OrderView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id:\\d+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView transition(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
        return service.transition(id, request);
    }
}
