package io.forecourt.activity;

import io.forecourt.account.AccountAccess;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Logging a contact made, or planning one, from an account's page. A colleague's clash comes back
 * before anything is saved (409): the page names their activity and asks for a reason to go ahead.
 */
@Path("/accounts/{accountId:\\d+}/activities")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class AccountActivityPage {

    /** What the form holds, so a refused one comes back as it was typed. {@code mode} is DONE or PLANNED. */
    public record LogForm(String mode, String type, String purpose, String when, String outcome, String notes,
                          String durationMinutes, String followUpOn, String overrideReason) {
    }

    @CheckedTemplate(basePath = "ActivityPages")
    static class Templates {
        static native TemplateInstance logContact(long accountId, String accountName, LogForm form,
                                                  ActivityView clash, String error, Map<String, String> errors,
                                                  List<String> types, List<String> purposes, List<String> outcomes);
    }

    @Inject
    AccountAccess accounts;

    @Inject
    ActivityService activities;

    @Inject
    Vocabulary vocabulary;

    @Inject
    CallManagement calls;

    @Inject
    FormErrors formErrors;

    @GET
    @Path("new")
    public TemplateInstance form(@PathParam("accountId") long accountId) {
        String name = accounts.requireWritable(accountId).getName();
        // a contact is mostly logged right after it happened: the time defaults to now (the sales force's zone)
        String now = LocalDateTime.now(calls.zone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        return page(accountId, name, new LogForm("DONE", "CALL", null, now, null, null, null, null, null), null, null,
                Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@PathParam("accountId") long accountId, @RestForm String mode, @RestForm String type,
                        @RestForm String purpose, @RestForm String when, @RestForm String outcome,
                        @RestForm String notes, @RestForm String durationMinutes, @RestForm String followUpOn,
                        @RestForm String overrideReason) {
        String name = accounts.requireWritable(accountId).getName();
        LogForm form = new LogForm("PLANNED".equals(mode) ? "PLANNED" : "DONE", type, purpose, when, outcome, notes,
                durationMinutes, followUpOn, overrideReason);
        // judged as the API judges it; what only the page reads (times, numbers, dates) first, field by field
        Map<String, String> found = new TreeMap<>();
        boolean planned = "PLANNED".equals(form.mode());
        OffsetDateTime at = read(found, "when", () -> !planned && blank(when) ? OffsetDateTime.now() : at(when));
        Integer minutes = read(found, "durationMinutes", () -> minutes(durationMinutes));
        LocalDate followUp = read(found, "followUpOn", () -> date(followUpOn));
        ActivityRequest request = new ActivityRequest(accountId, blank(type) ? null : type,
                blank(purpose) ? null : purpose, planned ? at : null, planned ? null : at,
                planned || blank(outcome) ? null : outcome, blank(notes) ? null : notes, minutes, followUp, null,
                blank(overrideReason) ? null : new ActivityRequest.Override(overrideReason), null);
        Map<String, String> errors = formErrors.of(request, found);
        if (!errors.isEmpty()) {
            return answer(400, page(accountId, name, form, null, "Some fields need a change; see below.", errors));
        }
        try {
            activities.create(request);
        } catch (DuplicateEffort e) {
            return answer(409, page(accountId, name, form, e.existing(), null, Map.of()));
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, r -> answer(r.status(),
                    page(accountId, name, form, null, r.getMessage(), FormErrors.of(r))), 400, 422);
        }
        return Response.seeOther(URI.create("/accounts/" + accountId + "?saved=activity")).build();
    }

    private TemplateInstance page(long accountId, String name, LogForm form, ActivityView clash, String error,
                                  Map<String, String> errors) {
        return Templates.logContact(accountId, name, form, clash, error, errors,
                Arrays.stream(Activity.Type.values()).map(Enum::name).toList(), vocabulary.purposes(),
                Arrays.stream(Activity.Outcome.values()).map(Enum::name).toList());
    }

    /** The value the page reads itself, or its message under {@code field} in {@code found}. */
    private static <T> T read(Map<String, String> found, String field, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (ForecourtException e) {
            found.put(field, e.getMessage());
            return null;
        }
    }

    private OffsetDateTime at(String value) {
        if (blank(value)) {
            throw ForecourtException.badRequest("Say when: the time it happened, or the time it is planned for");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(calls.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ForecourtException.badRequest("The date and time are not readable");
        }
    }

    private static Integer minutes(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int m = Integer.parseInt(value.strip());
            if (m >= 0 && m <= 1440) {
                return m;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ForecourtException.badRequest("The duration is a number of minutes from 0 to 1440");
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ForecourtException.badRequest("The follow-up date is not a date");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
