package io.forecourt.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the app keeps across dev-mode reloads (the embedded database's port, the generated sign-in
 * key) lives in JVM system properties. None may sit in the {@code forecourt.} namespace: the config
 * mapping checks every key there on each restart, and an unknown one made every live reload fail.
 */
@QuarkusTest
class LiveReloadStateTest {

    @Test
    void stateKeptForReloadsIsOutsideTheMappedNamespace() {
        assertThat(System.getProperties().stringPropertyNames())
                .anyMatch(k -> k.startsWith("io.forecourt."))
                .noneMatch(k -> k.startsWith("forecourt."));
    }
}
