package io.forecourt.security;

import io.forecourt.common.demo.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;

/** Demo users, each with password "demo": a team North of two reps under manager1, and the others. */
@ApplicationScoped
class DemoUsers implements DemoDataContributor {

    static final String PASSWORD = "demo";

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional
    public void load() {
        String hash = Passwords.hash(PASSWORD);
        User manager = ensure("manager1", Role.MANAGER, "Marta Manager", hash);
        Team north = teams.findByName("North").orElseGet(() -> {
            Team t = new Team("North");
            teams.persist(t);
            return t;
        });
        north.setManagerId(manager.getId());
        for (String[] rep : new String[][] {{"rep1", "Rafael Rep"}, {"rep2", "Rita Rep"}}) {
            ensure(rep[0], Role.REP, rep[1], hash).setTeamId(north.getId());
        }
        ensure("planner1", Role.PLANNER, "Paul Planner", hash);
        ensure("admin1", Role.ADMIN, "Ada Admin", hash);
        ensure("customer1", Role.CUSTOMER, "Chris Customer", hash);
    }

    private User ensure(String username, String role, String name, String hash) {
        return users.findByUsername(username).orElseGet(() -> {
            User u = new User(username, hash, Set.of(role), name);
            u.setEmail(username + "@demo.forecourt.io");
            users.persist(u);
            return u;
        });
    }
}
