package io.forecourt.activity;

import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;

/**
 * Call management on a page: a rep's call list for any day (planned calls, follow-ups due, leads and
 * prospects not yet contacted) and the success rate of calls per rep over a period (a manager: the team).
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
public class CallsPage {

    @CheckedTemplate(basePath = "ActivityPages")
    static class Templates {
        static native TemplateInstance calls(LocalDate date, CallList list, SuccessRate rate, String error);
    }

    @Inject
    CallManagement calls;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance show(@QueryParam("date") String date, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        LocalDate today = calls.today();
        String[] error = {null};
        LocalDate day = date(date, today, error);
        LocalDate until = date(to, today, error);
        LocalDate since = date(from, until.minusDays(29), error);
        if (since.isAfter(until)) {
            error[0] = "The period starts after it ends; showing the 30 days up to its end instead.";
            since = until.minusDays(29);
        }
        CallList list = currentUser.hasRole(Role.REP) ? calls.day(day, EnumSet.of(Activity.Type.CALL)) : null;
        return Templates.calls(day, list, calls.successRate(since, until), error[0]);
    }

    /** An unreadable date falls back to the default and says so, instead of failing the page. */
    private static LocalDate date(String value, LocalDate otherwise, String[] error) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error[0] = "'" + value + "' is not a date; showing " + otherwise + " instead.";
            return otherwise;
        }
    }
}
