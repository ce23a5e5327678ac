package io.forecourt.security;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.FormErrors;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admins manage users without JavaScript: the list with "add a user", and one user's page (name,
 * email, roles, team; deactivate or reactivate; a one-time password link, shown once).
 */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UserAdminPage {

    private static final String NEEDS_A_LOOK = "Some fields need a change; see below.";

    /** What the add or edit form holds (as typed after a refusal). */
    public record Form(String username, String displayName, String email, Set<String> roles, Long teamId) {
        public boolean has(String role) {
            return roles != null && roles.contains(role);
        }

        static Form empty() {
            return new Form(null, null, null, Set.of(Role.REP), null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserRequests.UserView> users, List<UserRequests.TeamView> teams,
                                             List<String> roles, Form form, UserRequests.ResetLink link, String error,
                                             Map<String, String> errors);

        static native TemplateInstance user(UserRequests.UserView user, List<UserRequests.TeamView> teams,
                                            List<String> roles, Form form, UserRequests.ResetLink link, String notice,
                                            String error, Map<String, String> errors);
    }

    @Inject
    UserAdmin admin;

    @Inject
    FormErrors formErrors;

    @GET
    public TemplateInstance list() {
        return Templates.users(admin.list(), admin.teams(), Role.ALL, Form.empty(), null, null, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String email,
                           @RestForm("roles") List<String> roles, @RestForm String teamId) {
        Form form = new Form(trim(username), trim(displayName), trim(email), set(roles), id(teamId));
        UserRequests.NewUser request = new UserRequests.NewUser(form.username() == null ? null
                : form.username().toLowerCase(java.util.Locale.ROOT), form.displayName(), form.email(), form.roles(),
                form.teamId());
        Map<String, String> invalid = formErrors.of(request);
        if (!invalid.isEmpty()) {
            return answer(400, Templates.users(admin.list(), admin.teams(), Role.ALL, form, null, NEEDS_A_LOOK, invalid));
        }
        try {
            UserRequests.Created c = admin.create(request);
            return answer(200, Templates.users(admin.list(), admin.teams(), Role.ALL, Form.empty(), c.passwordLink(),
                    null, Map.of()));
        } catch (ForecourtException e) {
            return answer(refusable(e), Templates.users(admin.list(), admin.teams(), Role.ALL, form, null, e.getMessage(),
                    FormErrors.of(e)));
        }
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance user(@PathParam("id") long id, @QueryParam("saved") String saved,
                                 @QueryParam("active") String active) {
        String notice = saved != null ? "Saved." : "yes".equals(active) ? "Reactivated: the user can sign in again."
                : "no".equals(active) ? "Deactivated: the user is signed out and cannot sign in." : null;
        return page(id, null, null, notice, null, Map.of());
    }

    @POST
    @Path("{id:\\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String displayName, @RestForm String email,
                           @RestForm("roles") List<String> roles, @RestForm String teamId, @RestForm Integer version) {
        Form form = new Form(null, trim(displayName), trim(email), set(roles), id(teamId));
        UserRequests.UserChange change = new UserRequests.UserChange(form.displayName(), form.email(), form.roles(),
                form.teamId(), version);
        Map<String, String> invalid = formErrors.of(change);
        if (!invalid.isEmpty()) {
            return answer(400, page(id, form, null, null, NEEDS_A_LOOK, invalid));
        }
        try {
            admin.update(id, change);
        } catch (ForecourtException e) {
            return answer(refusable(e), page(id, form, null, null, e.getMessage(), FormErrors.of(e)));
        }
        return Response.seeOther(URI.create("/admin/users/" + id + "?saved")).build();
    }

    @POST
    @Path("{id:\\d+}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setActive(@PathParam("id") long id, @RestForm boolean active) {
        try {
            admin.setActive(id, active);
        } catch (ForecourtException e) {
            return answer(refusable(e), page(id, null, null, null, e.getMessage(), Map.of()));
        }
        return Response.seeOther(URI.create("/admin/users/" + id + "?active=" + (active ? "yes" : "no"))).build();
    }

    /** The link is shown in this answer only (never in a URL or a log), so it is not a redirect. */
    @POST
    @Path("{id:\\d+}/password-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response passwordLink(@PathParam("id") long id) {
        try {
            UserRequests.ResetLink link = admin.passwordLink(id);
            return answer(200, page(id, null, link, null, null, Map.of()));
        } catch (ForecourtException e) {
            return answer(refusable(e), page(id, null, null, null, e.getMessage(), Map.of()));
        }
    }

    private TemplateInstance page(long id, Form form, UserRequests.ResetLink link, String notice, String error,
                                  Map<String, String> errors) {
        UserRequests.UserView u = admin.get(id);
        Form shown = form != null ? form : new Form(u.username(), u.displayName(), u.email(), u.roles(), u.teamId());
        return Templates.user(u, admin.teams(), Role.ALL, shown, link, notice, error, errors);
    }

    private static int refusable(ForecourtException e) {
        if (e.status() != 400 && e.status() != 409 && e.status() != 422) {
            throw e;
        }
        return e.status();
    }

    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
