package io.forecourt.activity;

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
import java.util.EnumSet;
import java.util.List;

/** The contact log: plan, log and review calls, visits, e-mails and meetings with accounts. */
@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class ActivityResource {

    @Inject
    ActivityService service;

    @Inject
    CallManagement calls;

    @GET
    public List<ActivityView> list(@QueryParam("account") Long account, @QueryParam("owner") Long owner,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("status") String status) {
        Boolean done = status == null || status.isBlank() ? null : switch (status.toLowerCase(java.util.Locale.ROOT)) {
            case "planned" -> false;
            case "done" -> true;
            default -> throw ForecourtException.badRequest("status is planned or done");
        };
        LocalDate f = date("from", from, null);
        LocalDate t = date("to", to, null);
        return service.list(new ActivityRepository.Filter(account, owner,
                f == null ? null : f.atStartOfDay(calls.zone()).toOffsetDateTime(),
                t == null ? null : t.plusDays(1).atStartOfDay(calls.zone()).toOffsetDateTime(), done));
    }

    @GET
    @Path("{id:\\d+}")
    public ActivityView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ActivityRequest request) {
        ActivityView created = service.create(request);
        return Response.created(URI.create("/api/activities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActivityView update(@PathParam("id") long id, @Valid @NotNull ActivityRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("{id:\\d+}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActivityView outcome(@PathParam("id") long id, @Valid @NotNull OutcomeRequest request) {
        return service.logOutcome(id, request);
    }

    @GET
    @Path("call-list")
    @RolesAllowed(Role.REP)
    public CallList callList(@QueryParam("date") String date) {
        return calls.day(date("date", date, calls.today()), EnumSet.of(Activity.Type.CALL));
    }

    @GET
    @Path("success-rate")
    public SuccessRate successRate(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate t = date("to", to, calls.today());
        LocalDate f = date("from", from, t.minusDays(29));
        if (f.isAfter(t)) {
            throw ForecourtException.badRequest("from lies after to");
        }
        return calls.successRate(f, t);
    }

    private static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ForecourtException.badRequest(name + " is a date like 2026-11-27");
        }
    }
}
