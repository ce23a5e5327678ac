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

    /** The sales force's time zone: days, hours and every time on the pages are reckoned in it. */
    @WithDefault(BusinessTime.DEFAULT)
    String timeZone();

    Rules rules();

    EmbeddedDb embeddedDb();

    Configurator configurator();

    interface Rules {
        /** Folder with the business rules (*.drl and decision tables). */
        @WithDefault("rules")
        String dir();
    }

    interface Configurator {
        /**
         * How many option states (one per option per answer) the memo of recent evaluations may hold
         * across all products; 0 turns it off. The default holds ~25,000 answers of the demo cars in
         * roughly 40 MB.
         */
        @WithDefault("1000000")
        long evaluationCacheWeight();
    }

    interface EmbeddedDb {
        /** Where the embedded PostgreSQL keeps its data when no datasource URL is configured. */
        @WithDefault("data/pg")
        String dataDir();
    }
}
