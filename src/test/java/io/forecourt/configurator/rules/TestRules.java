package io.forecourt.configurator.rules;

import java.nio.file.Path;

/** The real rules folder compiled for plain (non-Quarkus) tests in other packages. */
public final class TestRules {

    private TestRules() {
    }

    public static RuleBase compileRealFolder() {
        return ConfiguratorRules.compileFolder(Path.of("rules", "configurator"));
    }
}
