package io.forecourt.forecast;

import io.forecourt.account.AccountRepository;
import io.forecourt.account.Territory;
import io.forecourt.account.TerritoryRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reads and who sets targets and forecasts: a rep reads their own, a manager reads and sets
 * those of their team(s) (the team, its reps and its territories), an admin all. Reading outside
 * one's scope answers 404 (existence is not disclosed); a reader who may not write gets 403.
 */
@ApplicationScoped
public class ForecastAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    TerritoryRepository territories;

    @Inject
    AccountRepository accounts;

    /** The subject, resolved; 404 when it does not exist. */
    public Subject subject(Scope scope, long id) {
        return switch (scope) {
            case REP -> {
                User u = users.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Rep " + id));
                yield new Subject(scope, id, u.getDisplayName(), u.getTeamId(), List.of(id), null);
            }
            case TEAM -> {
                Team t = teams.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Team " + id));
                yield new Subject(scope, id, t.getName(), id, reps(id).stream().map(User::getId).toList(), null);
            }
            case TERRITORY -> {
                Territory t = territories.findByIdOptional(id)
                        .orElseThrow(() -> ForecourtException.notFound("Territory " + id));
                yield new Subject(scope, id, t.getName(), t.getTeamId(),
                        t.getRepId() == null ? List.of() : List.of(t.getRepId()), accounts.idsInTerritory(id));
            }
        };
    }

    /** The subject if the current user reads it, else 404. */
    public Subject readable(Scope scope, long id) {
        Subject s = subject(scope, id);
        if (!canRead(s)) {
            throw ForecourtException.notFound(words(scope) + " " + id);
        }
        return s;
    }

    /** The subject if the current user sets its targets: 404 out of sight, 403 when read-only. */
    public Subject writable(Scope scope, long id) {
        if (!currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.MANAGER)) {
            throw new ForbiddenException("Only a manager or an admin sets targets");
        }
        Subject s = readable(scope, id);
        if (!canWrite(s)) {
            throw new ForbiddenException("Only the team's manager or an admin sets this");
        }
        return s;
    }

    public boolean canRead(Subject s) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        if (currentUser.hasRole(Role.MANAGER) && s.teamId() != null && managedTeams().contains(s.teamId())) {
            return true;
        }
        return s.scope() == Scope.REP && currentUser.isSignedIn() && s.id() == currentUser.requireUserId();
    }

    public boolean canWrite(Subject s) {
        return currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.MANAGER) && s.teamId() != null && managedTeams().contains(s.teamId());
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** The teams the current user manages (all of them for an admin). */
    public Set<Long> managedTeams() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return teams.listAll().stream().map(Team::getId).collect(Collectors.toSet());
        }
        if (!currentUser.hasRole(Role.MANAGER)) {
            return Set.of();
        }
        return teams.managedBy(currentUser.requireUserId()).stream().map(Team::getId).collect(Collectors.toSet());
    }

    /** The teams the current user looks at: managed ones, or a rep's own team. */
    public List<Team> visibleTeams() {
        return teams.allOrdered().stream().filter(t -> managedTeams().contains(t.getId())).toList();
    }

    /** The active reps of a team, by name. */
    /**
     * The reps whose records (flags, actions) the caller may list: that one rep (403 unless readable),
     * or all of them for an admin ({@code null}), else the caller and the reps of the teams they manage.
     */
    public List<Long> listableReps(Long repId) {
        if (repId != null) {
            readable(Scope.REP, repId);
            return List.of(repId);
        }
        if (isAdmin()) {
            return null;
        }
        List<Long> reps = new java.util.ArrayList<>();
        reps.add(userId());
        for (long team : managedTeams()) {
            reps(team).forEach(u -> reps.add(u.getId()));
        }
        return reps;
    }

    public List<User> reps(long teamId) {
        return users.inTeam(teamId).stream().filter(u -> u.isActive() && u.getRoles().contains(Role.REP)).toList();
    }

    public long userId() {
        return currentUser.requireUserId();
    }

    public String nameOf(Long userId) {
        return userId == null ? null : users.findByIdOptional(userId).map(User::getDisplayName).orElse("#" + userId);
    }

    static String words(Scope scope) {
        String s = scope.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
