package io.forecourt.common.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A configuration source that answers one key, computed only when someone asks for it and no source
 * above it answered. It reports no property names, so reading the configuration at build time never
 * computes the value (start a database, make a key).
 */
public class LazyValueSource implements ConfigSource {

    private final String name;
    private final int ordinal;
    private final String key;
    private final Supplier<String> value;

    public LazyValueSource(String name, int ordinal, String key, Supplier<String> value) {
        this.name = name;
        this.ordinal = ordinal;
        this.key = key;
        this.value = value;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String property) {
        return key.equals(property) ? value.get() : null;
    }

    @Override
    public int getOrdinal() {
        return ordinal;
    }

    @Override
    public String getName() {
        return name;
    }
}
