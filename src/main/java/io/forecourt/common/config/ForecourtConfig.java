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

    Http http();

    /**
     * Request limits the app answers itself with problem+json (or the error page). Vert.x's own
     * {@code quarkus.http.limits.*} are set above them and answer with an empty body beyond.
     */
    interface Http {
        /** The request line (method, address, protocol) in bytes; longer: 414. */
        @WithDefault("4096")
        int maxRequestLine();

        /** All headers together in bytes; more: 431. */
        @WithDefault("20480")
        long maxHeaderBytes();

        /** A declared request body (Content-Length) in bytes; more: 413 before it is read. */
        @WithDefault("33554432")
        long maxBodyBytes();
    }

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
