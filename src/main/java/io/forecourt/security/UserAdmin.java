package io.forecourt.security;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Admins manage users: create (with a one-time link to set the password), change name, email,
 * roles and team, deactivate and reactivate, and make a password link. The last active admin cannot
 * be deactivated or lose the role, so someone can always manage users.
 */
@ApplicationScoped
public class UserAdmin {

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    PasswordLinks links;

    @Inject
    CurrentUser currentUser;

    @Inject
    jakarta.enterprise.event.Event<CredentialsChanged> changes;

    public List<UserRequests.UserView> list() {
        return users.allOrdered().stream().map(this::view).toList();
    }

    public UserRequests.UserView get(long id) {
        return view(find(id));
    }

    public List<UserRequests.TeamView> teams() {
        return teams.allOrdered().stream().map(t -> new UserRequests.TeamView(t.getId(), t.getName(), t.getManagerId(),
                t.getManagerId() == null ? null : users.findByIdOptional(t.getManagerId()).map(User::getDisplayName)
                        .orElse(null))).toList();
    }

    @Transactional
    public UserRequests.Created create(UserRequests.NewUser r) {
        String username = r.username().strip().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new ForecourtException(409, "User name taken", "There is already a user " + username,
                    Map.of("violations", List.of(Map.of("field", "username", "message", "is taken"))));
        }
        Set<String> roles = roles(r.roles());
        requireTeam(r.teamId());
        // no password anyone knows until the user sets one through the link
        User u = new User(username, Passwords.hash(UUID.randomUUID() + "-" + UUID.randomUUID()), roles,
                r.displayName().strip());
        u.setEmail(blankToNull(r.email()));
        u.setTeamId(r.teamId());
        users.persist(u);
        users.flush();
        return new UserRequests.Created(view(u), links.issue(u, currentUser.requireUserId()));
    }

    @Transactional
    public UserRequests.UserView update(long id, UserRequests.UserChange c) {
        User u = find(id);
        requireVersion(u, c.version());
        Set<String> roles = roles(c.roles());
        if (u.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && u.isActive()) {
            requireAnotherAdmin(u, "take the admin role from");
        }
        requireTeam(c.teamId());
        u.setDisplayName(c.displayName().strip());
        u.setEmail(blankToNull(c.email()));
        u.setRoles(roles);
        u.setTeamId(c.teamId());
        users.flush();
        return view(u);
    }

    /** Signs the user out at their next request (sessions re-read the user) and refuses their sign-in. */
    @Transactional
    public UserRequests.UserView setActive(long id, boolean active) {
        User u = find(id);
        if (!active && u.isActive()) {
            if (u.getId().equals(currentUser.getUserId())) {
                throw ForecourtException.conflict("You cannot deactivate yourself; ask another admin");
            }
            if (u.getRoles().contains(Role.ADMIN)) {
                requireAnotherAdmin(u, "deactivate");
            }
        }
        boolean deactivated = u.isActive() && !active;
        u.setActive(active);
        users.flush();
        if (deactivated) {
            // their API tokens are revoked in this transaction; sessions end at their next request
            changes.fire(new CredentialsChanged(u.getId(), CredentialsChanged.Why.DEACTIVATED));
        }
        return view(u);
    }

    @Transactional
    public UserRequests.ResetLink passwordLink(long id) {
        User u = find(id);
        if (!u.isActive()) {
            throw ForecourtException.conflict("Reactivate the user first: a deactivated user cannot set a password");
        }
        return links.issue(u, currentUser.requireUserId());
    }

    @Transactional
    public UserRequests.TeamView createTeam(UserRequests.TeamRequest r) {
        if (teams.findByName(r.name().strip()).isPresent()) {
            throw ForecourtException.conflict("There is already a team " + r.name().strip());
        }
        Team t = new Team(r.name().strip());
        if (r.managerId() != null) {
            User m = find(r.managerId());
            if (!m.getRoles().contains(Role.MANAGER)) {
                throw unprocessable("managerId", "A team's manager has the manager role");
            }
            t.setManagerId(m.getId());
        }
        teams.persist(t);
        return teams().stream().filter(v -> v.id() == t.getId()).findFirst().orElseThrow();
    }

    private void requireAnotherAdmin(User u, String what) {
        long others = users.list("active = true and id <> ?1", u.getId()).stream()
                .filter(o -> o.getRoles().contains(Role.ADMIN)).count();
        if (others == 0) {
            throw ForecourtException.conflict("You cannot " + what + " the last active admin; make another admin first");
        }
    }

    private User find(long id) {
        return users.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("User " + id));
    }

    private void requireTeam(Long teamId) {
        if (teamId != null && teams.findByIdOptional(teamId).isEmpty()) {
            throw unprocessable("teamId", "No team " + teamId);
        }
    }

    private static Set<String> roles(Set<String> asked) {
        Set<String> roles = new LinkedHashSet<>();
        for (String r : asked) {
            String role = r.strip().toLowerCase(Locale.ROOT);
            if (!Role.ALL.contains(role)) {
                throw unprocessable("roles", "Unknown role " + r + "; roles are " + String.join(", ", Role.ALL));
            }
            roles.add(role);
        }
        return roles;
    }

    private static void requireVersion(User u, Integer version) {
        if (version == null) {
            throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
        }
        if (version != u.getVersion()) {
            throw ForecourtException.stale("user", u.getVersion());
        }
    }

    private static ForecourtException unprocessable(String field, String message) {
        return new ForecourtException(422, "Invalid user", message,
                Map.of("violations", List.of(Map.of("field", field, "message", message))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private UserRequests.UserView view(User u) {
        String team = u.getTeamId() == null ? null : teams.findByIdOptional(u.getTeamId()).map(Team::getName).orElse(null);
        return new UserRequests.UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
                u.getTeamId(), team, u.isActive(), u.getVersion());
    }
}
