package io.forecourt.common.db;

import io.forecourt.common.config.LazyValueSource;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;

/**
 * Supplies the datasource URL of the embedded PostgreSQL when nothing else does.
 *
 * <p>The source is lazy and sits below application.properties (250) and environment variables
 * (300): it is asked for {@code quarkus.datasource.jdbc.url} only when no one else configured it,
 * and only then starts the server. It reports no property names, so reading the configuration at
 * build time never starts PostgreSQL. Tests bring their own server (test profile: nothing here).
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().contains("test")) {
            return List.of();
        }
        ConfigValue dir = context.getValue("forecourt.embedded-db.data-dir");
        Path dataDir = Path.of(dir == null || dir.getValue() == null ? "data/pg" : dir.getValue());
        return List.of(new LazyValueSource("forecourt-embedded-postgresql", 150, URL,
                () -> EmbeddedDatabase.jdbcUrl(dataDir)));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(150);
    }
}
