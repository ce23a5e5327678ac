package io.forecourt.configurator.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public Renault BR4CP benchmark (medium, big) and its real sales: found under
 * {@code ../shared/benchmarks} from the working directory, or under {@code $FORECOURT_BENCHMARKS}.
 * Tests using it are skipped, naming the path, when it is absent.
 */
public final class RenaultData {

    private static final Map<String, XcspReader.Instance> CACHE = new ConcurrentHashMap<>();

    private RenaultData() {
    }

    public static Path dir() {
        String env = System.getenv("FORECOURT_BENCHMARKS");
        Path base = env != null ? Path.of(env) : Path.of("../shared/benchmarks");
        return base.resolve("configuration/renault-br4cp-medium-big").toAbsolutePath().normalize();
    }

    /** Skips the calling test when the instance's files are missing. */
    public static void assumePresent(String name) {
        Path model = dir().resolve(name + "_domainsorted.xml");
        Path sales = dir().resolve("config_" + name + "_filtered.txt");
        assumeTrue(Files.isRegularFile(model) && Files.isRegularFile(sales),
                "Renault benchmark data not found at " + model + " / " + sales + " (set FORECOURT_BENCHMARKS)");
    }

    /** The parsed instance ("medium" or "big"), shared by the tests of one JVM. */
    static XcspReader.Instance instance(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                return XcspReader.read(dir().resolve(n + "_domainsorted.xml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The sold configurations as assignments; {@code -1} cells are left unset. */
    static List<Assignment> sales(String name, ConfigModel model) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve("config_" + name + "_filtered.txt"));
            String[] header = lines.get(0).trim().split("\\s+");
            int[] vars = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                vars[i] = model.variableIndex(header[i]);
            }
            List<Assignment> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                Assignment a = model.emptyAssignment();
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].equals("-1")) {
                        a = a.with(vars[i], model.valueIndex(vars[i], cells[i]));
                    }
                }
                out.add(a);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
