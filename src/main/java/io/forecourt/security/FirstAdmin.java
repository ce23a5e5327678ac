package io.forecourt.security;

import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * There is no default password: the first admin, user {@code admin}, is created from
 * FORECOURT_ADMIN_PASSWORD when no admin exists. Production refuses to start without one.
 */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    UserRepository users;

    @Inject
    ForecourtConfig config;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (password != null) {
            if (password.length() < 8) {
                throw new IllegalStateException("FORECOURT_ADMIN_PASSWORD must have at least 8 characters");
            }
            users.persist(new User("admin", Passwords.hash(password), Set.of(Role.ADMIN), "Administrator"));
            LOG.info("Created the first admin, user 'admin', from FORECOURT_ADMIN_PASSWORD");
        } else if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("No admin exists yet: set FORECOURT_ADMIN_PASSWORD (8 characters or more) "
                    + "so that Forecourt can create the first admin, user 'admin'. There is no default password.");
        } else if (!config.demoData()) {
            // with demo data admin1 is created a moment later: nothing to say then
            LOG.info("No admin yet; set FORECOURT_ADMIN_PASSWORD to create user 'admin'");
        }
    }
}
