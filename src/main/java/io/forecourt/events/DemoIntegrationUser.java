package io.forecourt.events;

import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.Passwords;
import io.forecourt.security.Role;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Set;

/** Demo user {@code integration1} (password demo): another system reading the event feed. */
@ApplicationScoped
class DemoIntegrationUser implements DemoDataContributor {

    @Inject
    UserRepository users;

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional
    public void load() {
        if (users.findByUsername("integration1").isEmpty()) {
            User u = new User("integration1", Passwords.hash("demo"), Set.of(Role.INTEGRATION), "ERP integration");
            u.setEmail("integration1@demo.forecourt.io");
            users.persist(u);
        }
    }
}
