package io.forecourt.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application under test reads a copy of the real {@code rules/} folder, so reload tests can
 * break and mend files without ever touching the rules the team maintains.
 */
public class RulesFolderTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PROPERTY = "forecourt.rules.dir";

    @Override
    public Map<String, String> start() {
        try {
            Path target = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-rules");
            copy(Path.of("rules"), target);
            return Map.of(PROPERTY, target.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void stop() {
        // left under target/ for inspection; mvn clean removes it
    }
}
