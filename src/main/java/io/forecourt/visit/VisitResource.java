package io.forecourt.visit;

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
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;

/** The saved visit plan: itineraries, publishing into the CRM, and the changes that call for a re-plan. */
@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    VisitService service;

    @Inject
    VisitPublishing publishing;

    @GET
    @Path("itineraries")
    @RolesAllowed({Role.REP, Role.MANAGER, Role.PLANNER, Role.ADMIN})
    public PlanView itineraries(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                @QueryParam("repId") Long repId) {
        return service.itineraries(from, to, repId);
    }

    @GET
    @Path("{id:\\d+}")
    @RolesAllowed({Role.REP, Role.MANAGER, Role.PLANNER, Role.ADMIN})
    public VisitJson.VisitView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("requests")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Valid @NotNull VisitJson.VisitRequest request) {
        VisitJson.VisitView v = service.request(request);
        return Response.created(URI.create("/api/visits/" + v.id())).entity(v).build();
    }

    @POST
    @Path("days-off")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dayOff(@Valid @NotNull VisitJson.DayOff dayOff) {
        service.dayOff(dayOff);
        return Response.status(201).build();
    }

    @POST
    @Path("{id:\\d+}/status")
    @RolesAllowed({Role.REP, Role.PLANNER, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public VisitJson.VisitView status(@PathParam("id") long id, @Valid @NotNull VisitJson.StatusChange change) {
        return service.changeStatus(id, change);
    }

    @POST
    @Path("publish")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public VisitJson.Published publish(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return publishing.publishAll(from, to);
    }

    /** Publishes one visit; with a reason it goes past a colleague's clashing activity, on record. */
    @POST
    @Path("{id:\\d+}/publish")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public VisitJson.PublishedVisit publishOne(@PathParam("id") long id, @Valid VisitJson.Override override) {
        return publishing.publishOne(id, override == null ? null : override.reason());
    }
}
