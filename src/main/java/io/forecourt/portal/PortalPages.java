package io.forecourt.portal;

import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The landing page and each role's home. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    public record TeamView(Team team, List<User> members) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing();

        static native TemplateInstance team(List<TeamView> teams);

        static native TemplateInstance planning();

        static native TemplateInstance admin(List<User> users, List<Team> teams);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @GET
    public TemplateInstance landing() {
        return Templates.landing();
    }

    @GET
    @Path("team")
    @RolesAllowed({Role.MANAGER, Role.ADMIN})
    public TemplateInstance team() {
        List<Team> visible = currentUser.hasRole(Role.ADMIN) ? teams.allOrdered()
                : teams.managedBy(currentUser.requireUserId());
        return Templates.team(visible.stream().map(t -> new TeamView(t, users.inTeam(t.getId()))).toList());
    }

    @GET
    @Path("planning")
    @RolesAllowed({Role.PLANNER, Role.ADMIN})
    public TemplateInstance planning() {
        return Templates.planning();
    }

    @GET
    @Path("admin")
    @RolesAllowed(Role.ADMIN)
    public TemplateInstance admin() {
        return Templates.admin(users.allOrdered(), teams.allOrdered());
    }
}
