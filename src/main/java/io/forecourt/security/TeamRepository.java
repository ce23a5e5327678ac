package io.forecourt.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository implements PanacheRepository<Team> {

    public Optional<Team> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public List<Team> managedBy(long managerId) {
        return list("managerId", managerId);
    }

    public List<Team> allOrdered() {
        return list("order by name");
    }
}
