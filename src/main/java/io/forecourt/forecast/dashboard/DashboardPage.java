package io.forecourt.forecast.dashboard;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.Csv;
import io.forecourt.forecast.flag.ActionJson;
import io.forecourt.forecast.flag.CorrectiveAction;
import io.forecourt.forecast.flag.CorrectiveActions;
import io.forecourt.forecast.flag.FlagService;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * /dashboard: attainment, pipeline by stage, forecast against quota (with the statistical range),
 * the trend, flags with one-click coaching, actions taken and the week's time split. Each table is
 * also CSV: {@code Accept: text/csv} with {@code table=attainment|pipeline|forecast|trend|flags|actions|time}.
 */
@Path("/dashboard")
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard.View view, String notice, String error);
    }

    @Inject
    Dashboard dashboard;

    @Inject
    FlagService flags;

    @Inject
    CorrectiveActions actions;

    @Inject
    Actuals actuals;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("period") String period, @QueryParam("team") Long team,
                                 @QueryParam("done") String done) {
        return Templates.dashboard(dashboard.of(period, team), done != null ? "Done: " + done : null, null);
    }

    @GET
    @Produces("text/csv")
    public String csv(@QueryParam("period") String period, @QueryParam("team") Long team, @QueryParam("table") String table) {
        Dashboard.View v = dashboard.of(period, team);
        return switch (table == null ? "attainment" : table) {
            case "attainment" -> Csv.of(List.of("name", "metric", "quota", "actual", "attainment_percent", "projection", "status"),
                    v.attainment().stream().map(r -> List.<Object>of(r.name(), r.metric(), n(r.quota()), n(r.actual()),
                            n(r.percent()), n(r.projection()), r.status() == null ? "" : r.status())).toList());
            case "pipeline" -> Csv.of(List.of("stage", "count", "amount", "weighted"), v.pipeline().byStage().stream()
                    .map(b -> List.<Object>of(b.name(), b.count(), b.amount(), b.weighted())).toList());
            case "forecast" -> Csv.of(List.of("figure", "value", "low", "high"), List.of(
                    List.of("quota", n(v.forecast().quota()), "", ""),
                    List.of("submitted_commit", v.forecast().submitted() == null ? "" : v.forecast().submitted().commit(), "", ""),
                    List.of("adjusted_commit", v.forecast().adjusted() == null ? "" : v.forecast().adjusted().commit(), "", ""),
                    List.of("weighted_pipeline", v.forecast().weighted(), "", ""),
                    List.of("statistical", v.forecast().statistical().mean(), v.forecast().statistical().p10(),
                            v.forecast().statistical().p90())));
            case "trend" -> Csv.of(List.of("period", "quota", "actual"), v.trend().stream()
                    .map(t -> List.<Object>of(t.period(), n(t.quota()), t.actual())).toList());
            case "flags" -> Csv.of(List.of("id", "rep", "rule", "message", "raised_at"), v.flags().stream()
                    .map(f -> List.<Object>of(f.id(), f.rep(), f.rule(), f.message(), f.raisedAt())).toList());
            case "actions" -> Csv.of(List.of("id", "rep", "kind", "owner", "due_on", "status", "metric_at_action",
                    "metric_at_next_period_end"), v.actions().stream().map(a -> List.<Object>of(a.id(), a.rep(), a.kind(),
                    a.owner(), a.dueOn(), a.status(), n(a.metricAtAction()), n(a.metricAtNextPeriodEnd()))).toList());
            case "time" -> Csv.of(List.of("week_of", "rep", "type", "done_hours", "planned_hours"), v.time().stream()
                    .map(t -> List.<Object>of(v.weekOf(), t.rep(), t.type(), t.done(), t.planned())).toList());
            default -> throw ForecourtException.badRequest("table is attainment, pipeline, forecast, trend, flags, actions or time");
        };
    }

    /** The same tables as files, for a plain link: /dashboard/attainment.csv and so on. */
    @GET
    @Path("{table:[a-z]+}.csv")
    @Produces("text/csv")
    public Response file(@PathParam("table") String table, @QueryParam("period") String period, @QueryParam("team") Long team) {
        return Response.ok(csv(period, team, table)).header("Content-Disposition",
                "attachment; filename=\"" + table + ".csv\"").build();
    }

    /** One click on a flag: a coaching action owned by the manager, due and followed up in a week. */
    @POST
    @Path("flags/{id:\\d+}/coach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public Response coach(@PathParam("id") long id, @RestForm String period, @RestForm Long team) {
        FlagService.FlagView f = flags.get(id);
        var week = actuals.today().plusDays(7);
        actions.create(new ActionJson.NewAction(f.id(), null, CorrectiveAction.Kind.COACHING, null, week, week,
                "Coaching: " + f.message(), null, null, null));
        return Response.seeOther(URI.create("/dashboard?done=coaching" + (team == null ? "" : "&team=" + team)
                + (period == null || period.isBlank() ? "" : "&period=" + period))).build();
    }

    /** Re-evaluates the flags of the manager's teams now. */
    @POST
    @Path("flags/evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public Response evaluate(@RestForm Long team) {
        flags.evaluateVisible(actuals.today());
        return Response.seeOther(URI.create("/dashboard?done=re-evaluated" + (team == null ? "" : "&team=" + team))).build();
    }

    private static Object n(Object v) {
        return v == null ? "" : v;
    }
}
