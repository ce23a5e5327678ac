package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.planning.JobView;
import io.forecourt.security.CurrentUser;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * The visits page: a rep's week as a timeline and a route map; for planners also the solve (live progress,
 * stop), its draft with what changed, apply, publish into the CRM with clashes to override, and the changes
 * that call for a re-plan (a rep falls ill, an urgent visit). Plain forms, redirect after success.
 */
@Path("/visits")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.PLANNER, Role.ADMIN})
public class VisitsPage {

    @CheckedTemplate(basePath = "VisitsPage")
    static class Templates {
        static native TemplateInstance visits(VisitsView view);
    }

    @Inject
    VisitService visits;

    @Inject
    VisitJobService solves;

    @Inject
    VisitPublishing publishing;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance show(@QueryParam("from") String from, @QueryParam("job") String job,
                                 @QueryParam("notice") String notice, @QueryParam("withdrawn") Integer withdrawn) {
        String text = noticeText(notice);
        if (text != null && withdrawn != null && withdrawn > 0) {
            text += " " + withdrawn + " published visit(s) left their rep: their diary entries stay until you tell them.";
        }
        return Templates.visits(view(day(from), job, null, null, text));
    }

    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response start(@RestForm String from, @RestForm Integer seconds, @RestForm String keepPlanned) {
        LocalDate day = day(from);
        return act(day, null, () -> {
            JobView job = solves.start(new VisitJson.StartRequest(day, null, seconds, keepPlanned != null));
            return "/visits?from=" + day + "&job=" + job.id();
        });
    }

    @POST
    @Path("jobs/{id}/stop")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response stop(@PathParam("id") String id, @RestForm String from) {
        solves.stop(id);
        return Response.seeOther(URI.create("/visits?from=" + day(from) + "&job=" + id)).build();
    }

    @POST
    @Path("jobs/{id}/apply")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response apply(@PathParam("id") String id, @RestForm String from) {
        LocalDate day = day(from);
        return act(day, id, () -> {
            VisitJson.Applied applied = solves.apply(id);
            return "/visits?from=" + applied.from() + "&notice=applied&withdrawn=" + applied.withdrawn().size();
        });
    }

    @POST
    @Path("publish")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response publish(@RestForm String from) {
        LocalDate day = day(from);
        VisitJson.Published published = publishing.publishAll(day, null);
        return page(200, view(day, null, published, null, null));
    }

    @POST
    @Path("{id:\\d+}/publish")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response publishOne(@PathParam("id") long id, @RestForm String from, @RestForm String reason) {
        LocalDate day = day(from);
        if (reason == null || reason.isBlank()) {
            return page(400, view(day, null, null, "Give a reason to publish past a colleague's activity", null));
        }
        return act(day, null, () -> {
            publishing.publishOne(id, reason);
            return "/visits?from=" + day + "&notice=published";
        });
    }

    @POST
    @Path("days-off")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response dayOff(@RestForm Long repId, @RestForm String day, @RestForm String reason, @RestForm String from) {
        LocalDate week = day(from);
        return act(week, null, () -> {
            if (repId == null || reason == null || reason.isBlank()) {
                throw ForecourtException.badRequest("Choose the rep, the day and say why");
            }
            visits.dayOff(new VisitJson.DayOff(repId, date(day), reason));
            return "/visits?from=" + week + "&notice=day-off";
        });
    }

    @POST
    @Path("requests")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public Response request(@RestForm Long accountId, @RestForm Integer durationMinutes, @RestForm Integer priority,
                            @RestForm String from) {
        LocalDate week = day(from);
        return act(week, null, () -> {
            if (accountId == null) {
                throw ForecourtException.badRequest("Give the account's number");
            }
            if (durationMinutes != null && (durationMinutes < 5 || durationMinutes > 600)
                    || priority != null && (priority < 1 || priority > 10)) {
                throw ForecourtException.badRequest("A visit lasts 5 to 600 minutes; priority is 1 to 10");
            }
            visits.request(new VisitJson.VisitRequest(accountId, durationMinutes, priority, week, week.plusDays(4), null));
            return "/visits?from=" + week + "&notice=requested";
        });
    }

    private Response act(LocalDate day, String job, Supplier<String> action) {
        try {
            return Response.seeOther(URI.create(action.get())).build();
        } catch (ForecourtException e) {
            if (e.status() == 404 || e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return page(e.status(), view(day, job, null, e.getMessage(), null));
        }
    }

    private VisitsView view(LocalDate from, String job, VisitJson.Published published, String error, String notice) {
        boolean planner = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        PlanView saved = visits.itineraries(from, null, null);
        VisitJson.JobDetail detail = planner && job != null && !job.isBlank() ? solves.get(job) : null;
        return new VisitsView(saved.from(), saved.to(), planner, saved, RouteMap.svg(saved), detail,
                detail == null || detail.plan() == null ? null : RouteMap.svg(detail.plan()), published,
                planner ? visits.reps() : java.util.List.of(), error, notice);
    }

    private static String noticeText(String notice) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "applied" -> "The plan is saved. Publish it to put the visits in the reps' diaries.";
            case "published" -> "Published past the clash; the reason is on record.";
            case "day-off" -> "Day off recorded. Plan again: confirmed and started visits stay where they are.";
            case "requested" -> "Visit requested. Plan again to place it.";
            default -> null;
        };
    }

    private LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return visits.today().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        }
        return date(value);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ForecourtException.badRequest("The date is not readable (YYYY-MM-DD)");
        }
    }

    private static Response page(int status, VisitsView view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.visits(view)).build();
    }
}
