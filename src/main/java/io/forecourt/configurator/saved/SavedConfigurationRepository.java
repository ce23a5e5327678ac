package io.forecourt.configurator.saved;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class SavedConfigurationRepository implements PanacheRepository<SavedConfiguration> {

    public Optional<SavedConfiguration> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** What a signed-in customer saved, or saved before signing in under their email; newest first. */
    public java.util.List<SavedConfiguration> ofCustomer(long userId, String email) {
        if (email == null || email.isBlank()) {
            return list("createdBy = ?1 order by createdAt desc", userId);
        }
        return list("createdBy = ?1 or lower(email) = ?2 order by createdAt desc", userId,
                email.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
