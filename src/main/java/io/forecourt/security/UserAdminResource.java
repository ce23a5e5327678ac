package io.forecourt.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;

/** Users as admins see them. */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserAdminResource {

    public record UserView(long id, String username, String displayName, Set<String> roles, Long teamId,
                           boolean active) {
        static UserView of(User u) {
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getTeamId(),
                    u.isActive());
        }
    }

    @Inject
    UserRepository users;

    @GET
    public List<UserView> list() {
        return users.allOrdered().stream().map(UserView::of).toList();
    }
}
