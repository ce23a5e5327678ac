package io.forecourt.security.tokens;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.FormErrors;
import io.forecourt.common.web.PageAnswers;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyone signed in manages their API tokens here without JavaScript: make one (the secret is shown
 * in that answer only), see when each was last used, revoke. Admins also see and revoke everyone's.
 */
@Path("/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TokenPage {

    /** Expiry choices on the form, in days; 0 = never. */
    static final List<Integer> DAYS = List.of(30, 90, 365, 7, 1, 0);

    /** What the form holds (as typed after a refusal). */
    public record Form(String name, Set<String> roles, int days) {
        public boolean has(String role) {
            return roles == null || roles.isEmpty() || roles.contains(role);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<TokenRequests.TokenView> mine, List<TokenRequests.TokenView> all,
                                              Set<String> roles, List<Integer> days, Form form,
                                              TokenRequests.Created created, String notice, Map<String, String> errors,
                                              String error);
    }

    @Inject
    Tokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormErrors formErrors;

    @GET
    public TemplateInstance page(@QueryParam("revoked") String revoked) {
        return page(new Form(null, Set.of(), 30), null, revoked != null ? "Revoked: the token no longer works." : null,
                Map.of(), null);
    }

    /** The secret is in this answer only (not a redirect, never in a URL), and not cached. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm("roles") List<String> roles, @RestForm String days) {
        int d = days(days);
        Form form = new Form(name == null ? null : name.strip(), set(roles), d);
        TokenRequests.NewToken request = new TokenRequests.NewToken(form.name(), form.roles().isEmpty() ? null
                : form.roles(), d == 0 ? null : OffsetDateTime.now(ZoneOffset.UTC).plusDays(d));
        Map<String, String> errors = formErrors.of(request, d < 0 ? Map.of("expiresAt", "choose one of the expiries") : Map.of());
        if (!errors.isEmpty()) {
            return PageAnswers.html(400, page(form, null, null, errors, null));
        }
        try {
            TokenRequests.Created created = tokens.create(request);
            return Response.ok(page(new Form(null, Set.of(), 30), created, null, Map.of(), null).render())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
        } catch (ForecourtException e) {
            return PageAnswers.rerender(e, x -> PageAnswers.html(x.status(), page(form, null, null, Map.of(), x.getMessage())),
                    422);
        }
    }

    @POST
    @Path("{id:\\d+}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.seeOther(URI.create("/tokens?revoked=1")).build();
    }

    private TemplateInstance page(Form form, TokenRequests.Created created, String notice, Map<String, String> errors,
                                  String error) {
        List<TokenRequests.TokenView> all = currentUser.hasRole(Role.ADMIN) ? tokens.all() : List.of();
        return Templates.tokens(tokens.mine(), all, currentUser.getRoles(), DAYS, form, created, notice, errors, error);
    }

    private static int days(String days) {
        try {
            int d = days == null || days.isBlank() ? 30 : Integer.parseInt(days.strip());
            return DAYS.contains(d) ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of()
                : new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
