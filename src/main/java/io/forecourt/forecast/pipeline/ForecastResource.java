package io.forecourt.forecast.pipeline;

import io.forecourt.forecast.Csv;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Forecasts: the roll-up, the weighted pipeline, categories, submissions and adjustments. */
@Path("/api/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class ForecastResource {

    @Inject
    ForecastService service;

    @GET
    public ForecastJson.RollUp rollUp(@QueryParam("period") String period, @QueryParam("scope") String scope,
                                      @QueryParam("id") Long id) {
        return service.rollUp(period, scope, id);
    }

    @GET
    @Produces("text/csv")
    public String rollUpCsv(@QueryParam("period") String period, @QueryParam("scope") String scope,
                            @QueryParam("id") Long id) {
        ForecastJson.RollUp r = service.rollUp(period, scope, id);
        List<ForecastJson.Line> lines = new ArrayList<>(r.lines());
        if (r.lines().size() != 1 || r.lines().get(0) != r.total()) {
            lines.add(r.total());
        }
        return Csv.of(List.of("period", "scope", "id", "name", "quota", "submitted_commit", "submitted_best_case",
                "adjusted_commit", "adjusted_best_case", "weighted_pipeline", "closed_won"), lines.stream()
                .map(l -> List.<Object>of(r.period(), l.scope(), l.id(), l.name(), blank(l.quota()),
                        l.submitted() == null ? "" : l.submitted().commit(), l.submitted() == null ? "" : l.submitted().bestCase(),
                        l.adjusted() == null ? "" : l.adjusted().commit(), l.adjusted() == null ? "" : l.adjusted().bestCase(),
                        l.weightedPipeline(), l.closedWon())).toList());
    }

    @GET
    @Path("pipeline")
    public ForecastJson.Pipeline pipeline(@QueryParam("period") String period, @QueryParam("scope") String scope,
                                          @QueryParam("id") Long id) {
        return service.pipeline(period, scope, id);
    }

    @GET
    @Path("pipeline")
    @Produces("text/csv")
    public String pipelineCsv(@QueryParam("period") String period, @QueryParam("scope") String scope,
                              @QueryParam("id") Long id) {
        return Csv.of(List.of("opportunity_id", "name", "owner", "stage", "expected_close_date", "amount", "probability",
                        "weighted", "category", "overridden"),
                service.pipeline(period, scope, id).deals().stream().map(d -> List.<Object>of(d.opportunityId(), d.name(),
                        d.owner(), d.stage(), d.expectedCloseDate(), d.amount(), d.probability(), d.weighted(),
                        d.category(), d.overridden())).toList());
    }

    @GET
    @Path("history")
    public List<ForecastJson.Entry> history(@QueryParam("period") String period, @QueryParam("scope") String scope,
                                            @QueryParam("id") Long id) {
        return service.history(period, scope, id);
    }

    @PUT
    @Path("opportunities/{id:\\d+}/category")
    @Consumes(MediaType.APPLICATION_JSON)
    public ForecastJson.Deal categorize(@PathParam("id") long id, @Valid @NotNull ForecastJson.CategoryRequest body) {
        return service.categorize(id, body);
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid @NotNull ForecastJson.Submission body) {
        return Response.status(201).entity(service.submit(body)).build();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(@Valid @NotNull ForecastJson.Adjustment body) {
        return Response.status(201).entity(service.adjust(body)).build();
    }

    private static Object blank(BigDecimal v) {
        return v == null ? "" : v;
    }
}
