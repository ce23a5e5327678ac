package io.forecourt.opportunity;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opportunities on accounts: read by reps, managers, admins and planners; changed by the first three. */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN, Role.PLANNER})
public class OpportunityResource {

    @Inject
    OpportunityService service;

    @Inject
    Pipelines pipelines;

    /** {@code stage} may repeat or be comma-separated; {@code closingBefore} is exclusive. */
    @GET
    public List<OpportunityView> list(@QueryParam("stage") List<String> stage, @QueryParam("owner") Long owner,
                                      @QueryParam("account") Long account,
                                      @QueryParam("closingBefore") String closingBefore) {
        List<Stage> stages = new ArrayList<>();
        for (String s : stage) {
            for (String one : s.split(",")) {
                if (!one.isBlank()) {
                    stages.add(stage(one));
                }
            }
        }
        return service.list(new OpportunityRepository.Filter(stages, owner, account, date(closingBefore)));
    }

    @GET
    @Path("{id:\\d+}")
    public OpportunityView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id:\\d+}/history")
    public List<OpportunityView.Change> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @GET
    @Path("pipeline")
    public Pipeline pipeline(@QueryParam("owner") Long owner, @QueryParam("team") boolean team,
                             @QueryParam("currency") String currency) {
        return pipelines.pipeline(owner != null ? owner : pipelines.defaultOwner(), team,
                currency == null || currency.isBlank() ? null : currency.toUpperCase(Locale.ROOT));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public Response create(@Valid @NotNull OpportunityRequest request) {
        OpportunityView created = service.create(request);
        return Response.created(URI.create("/api/opportunities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public OpportunityView update(@PathParam("id") long id, @Valid @NotNull OpportunityRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("{id:\\d+}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public OpportunityView move(@PathParam("id") long id, @Valid @NotNull StageMove move) {
        return service.move(id, move);
    }

    private static Stage stage(String value) {
        try {
            return Stage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ForecourtException.badRequest("Unknown stage '" + value.strip() + "'; stages are "
                    + String.join(", ", java.util.Arrays.stream(Stage.values()).map(Stage::name).toList()));
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ForecourtException.badRequest("closingBefore is a date like 2026-11-27");
        }
    }
}
