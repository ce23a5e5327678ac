package io.forecourt.configurator.saved;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class SavedConfigurationRepository implements PanacheRepository<SavedConfiguration> {

    public Optional<SavedConfiguration> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
