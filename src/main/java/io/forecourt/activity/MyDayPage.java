package io.forecourt.activity;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.FormErrors;
import io.forecourt.common.web.PageAnswers;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The rep's home on the phone: today's contacts with one-tap outcomes, follow-ups, prospects, and a plan form. */
@Path("/my-day")
@RolesAllowed(Role.REP)
@Produces(MediaType.TEXT_HTML)
public class MyDayPage {

    /** What the plan form holds, so a refused plan comes back as it was typed. */
    public record PlanForm(Long accountId, String type, String purpose, String plannedAt, String notes,
                           String overrideReason) {

        static PlanForm empty() {
            return new PlanForm(null, "CALL", null, null, null, null);
        }
    }

    /** A refused outcome as it was typed, with why it was refused, so nothing the rep typed is lost. */
    public record OutcomeForm(long activityId, String outcome, String notes, String followUpOn, String message) {

        public String outcomeWords() {
            return ActivityFormats.words(outcome);
        }
    }

    @CheckedTemplate(basePath = "ActivityPages")
    static class Templates {
        static native TemplateInstance myDay(MyDay myDay, DayLayout layout, PlanForm form, ActivityView clash,
                                             String error, String notice, OutcomeForm unsaved,
                                             java.util.Map<String, String> errors);
    }

    @Inject
    CallManagement calls;

    @Inject
    ActivityService activities;

    @Inject
    FormErrors formErrors;

    @GET
    public TemplateInstance show(@QueryParam("planned") Long planned, @QueryParam("logged") Long logged,
                                 @QueryParam("today") Integer today, @QueryParam("followups") Integer followUps,
                                 @QueryParam("leads") Integer leads, @QueryParam("prospects") Integer prospects) {
        String notice = planned != null ? "Planned." : logged != null ? "Outcome logged." : null;
        java.util.Map<String, Integer> pages = new java.util.HashMap<>();
        if (today != null) { pages.put("today", today); }
        if (followUps != null) { pages.put("followups", followUps); }
        if (leads != null) { pages.put("leads", leads); }
        if (prospects != null) { pages.put("prospects", prospects); }
        MyDay day = calls.myDay(calls.today());
        return Templates.myDay(day, DayLayout.of(day.day(), pages), PlanForm.empty(), null, null, notice, null,
                java.util.Map.of());
    }

    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@RestForm Long accountId, @RestForm String type, @RestForm String purpose,
                         @RestForm String plannedAt, @RestForm String notes, @RestForm String overrideReason) {
        PlanForm form = new PlanForm(accountId, type, purpose, plannedAt, notes, overrideReason);
        // judged as the API judges it; what the page reads itself (the date) first
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        java.time.OffsetDateTime when = null;
        try {
            when = plannedAt(plannedAt);
        } catch (ForecourtException e) {
            found.put("plannedAt", e.getMessage());
        }
        ActivityRequest request = new ActivityRequest(accountId, blankToNull(type), blankToNull(purpose), when, null,
                null, notes, null, null, null, overrideReason == null || overrideReason.isBlank() ? null
                        : new ActivityRequest.Override(overrideReason), null);
        java.util.Map<String, String> errors = formErrors.of(request, found);
        if (!errors.isEmpty()) {
            return page(400, form, null, "Some fields need a change; see below.", errors);
        }
        try {
            ActivityView created = activities.create(request);
            return Response.seeOther(URI.create("/my-day?planned=" + created.id())).build();
        } catch (DuplicateEffort e) {
            return page(409, form, e.existing(), null);
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, refused -> page(refused.status(), form, null, refused.getMessage()), 400, 422);
        }
    }

    @POST
    @Path("activities/{id:\\d+}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response outcome(@PathParam("id") long id, @RestForm String outcome, @RestForm String notes,
                            @RestForm String followUpOn) {
        LocalDate followUp = null;
        if (followUpOn != null && !followUpOn.isBlank()) {
            try {
                followUp = LocalDate.parse(followUpOn);
            } catch (DateTimeParseException e) {
                return refused(400, new OutcomeForm(id, outcome, notes, followUpOn, "The follow-up date is not a date."));
            }
        }
        try {
            activities.logOutcome(id, new OutcomeRequest(outcome, notes, followUp, null));
        } catch (ForecourtException e) {
            String why = e.status() == 404 ? GONE : e.getMessage();
            return refused(e.status(), new OutcomeForm(id, outcome, notes, followUpOn, why));
        } catch (io.quarkus.security.ForbiddenException e) {
            return refused(403, new OutcomeForm(id, outcome, notes, followUpOn, GONE));
        }
        return Response.seeOther(URI.create("/my-day?logged=" + id)).build();
    }

    private java.time.OffsetDateTime plannedAt(String value) {
        if (value == null || value.isBlank()) {
            throw ForecourtException.badRequest("Choose when it is to happen");
        }
        try {
            return LocalDateTime.parse(value).atZone(calls.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ForecourtException.badRequest("The date and time are not readable");
        }
    }

    private static final String GONE = "This contact is no longer in your diary: its account has moved to a colleague"
            + " (or the contact was removed). Nothing was saved; what you typed is below, to pass on or log again.";

    private Response page(int status, PlanForm form, ActivityView clash, String error) {
        return page(status, form, clash, error, java.util.Map.of());
    }

    private Response page(int status, PlanForm form, ActivityView clash, String error,
                          java.util.Map<String, String> errors) {
        return PageAnswers.html(status, myDay(form, clash, error, null, errors));
    }

    private Response refused(int status, OutcomeForm unsaved) {
        return PageAnswers.html(status, myDay(PlanForm.empty(), null, null, unsaved, java.util.Map.of()));
    }

    private TemplateInstance myDay(PlanForm form, ActivityView clash, String error, OutcomeForm unsaved,
                                   java.util.Map<String, String> errors) {
        MyDay day = calls.myDay(calls.today());
        return Templates.myDay(day, DayLayout.of(day.day(), java.util.Map.of()), form, clash, error, null, unsaved, errors);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
