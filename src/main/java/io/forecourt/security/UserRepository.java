package io.forecourt.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public boolean existsWithRole(String role) {
        // roles is a comma-separated list checked by the schema
        return count("(',' || roles || ',') like ?1", "%," + role + ",%") > 0;
    }

    public List<User> inTeam(long teamId) {
        return list("teamId = ?1 order by displayName", teamId);
    }

    public List<User> allOrdered() {
        return list("order by username");
    }
}
