package io.forecourt.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Forecourt's own settings; each key can be set by an environment variable (FORECOURT_...). */
@ConfigMapping(prefix = "forecourt")
public interface ForecourtConfig {

    /** Load demo users and records at start (idempotent). */
    @WithDefault("false")
    boolean demoData();

    /** Password of the first admin, user {@code admin}, created when no admin exists. */
    Optional<String> adminPassword();

    Rules rules();

    EmbeddedDb embeddedDb();

    interface Rules {
        /** Folder with the business rules (*.drl and decision tables). */
        @WithDefault("rules")
        String dir();
    }

    interface EmbeddedDb {
        /** Where the embedded PostgreSQL keeps its data when no datasource URL is configured. */
        @WithDefault("data/pg")
        String dataDir();
    }
}
