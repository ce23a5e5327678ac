package io.forecourt.visit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.forecourt.visit.solver.SolverTuning;
import io.forecourt.visit.solver.VisitPlan;
import io.forecourt.visit.solver.VisitPlanSolver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Solves VRPTW instances with the portal's visit-planning model and compares with the published best-known
 * solutions: {@code ./mvnw -Pbench verify -Dbench.instances=<folders or files, comma-separated>
 * -Dbench.seconds=<n per instance>}. Relative paths resolve against the benchmark folder first
 * ({@code ../shared/benchmarks}, env FORECOURT_BENCHMARKS), so {@code -Dbench.instances=solomon/C101.txt} works.
 * Writes target/bench/vrptw.csv and target/bench/solutions/&lt;instance&gt;.txt (SINTEF format).
 */
class VrptwBench {

    @Test
    void solvesInstancesAgainstBestKnown() throws IOException {
        BenchSelection.assumeSelected("bench.instances");
        Path benchmarks = Path.of(System.getenv().getOrDefault("FORECOURT_BENCHMARKS", "../shared/benchmarks"));
        String selection = System.getProperty("bench.instances", "").isBlank() ? "solomon"
                : System.getProperty("bench.instances");
        List<Path> files = files(benchmarks, selection);
        assumeTrue(!files.isEmpty(), "no VRPTW instances at " + selection + " (benchmark data lives in "
                + benchmarks.toAbsolutePath() + ", or set FORECOURT_BENCHMARKS)");
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "30"));
        Map<String, String[]> bestKnown = bestKnown(benchmarks);
        SolverTuning tuning = SolverTuning.from(System::getProperty, "bench.vrptw.");
        System.out.printf("VRPTW: %d files, %.1f s each, one solver thread, %s%n", files.size(), seconds, tuning);
        List<String> rows = new ArrayList<>();
        for (Path file : files) {
            SolomonInstance inst;
            try {
                inst = SolomonInstance.read(file);
            } catch (IOException | RuntimeException e) {
                if (explicit(file, selection)) {
                    throw e;
                }
                System.out.println("skipped " + file.getFileName() + ": not in Solomon's format");
                continue;
            }
            long t0 = System.nanoTime();
            VisitPlan plan = new VisitPlanSolver(tuning, 0, null)
                    .solve(VrptwPlans.toPlan(inst), Duration.ofMillis((long) (seconds * 1000)), true);
            double spent = (System.nanoTime() - t0) / 1e9;
            VrptwRoutes routes = VrptwPlans.routes(plan);
            String violation = routes.violation(inst);
            double distance = routes.distance(inst);
            String name = inst.name().isBlank() ? file.getFileName().toString().replaceFirst("\\.[^.]*$", "") : inst.name();
            String[] bk = bestKnown.get(name.toUpperCase(Locale.ROOT));
            String gap = bk == null ? "" : fmt(100.0 * (distance - Double.parseDouble(bk[1])) / Double.parseDouble(bk[1]));
            rows.add(String.join(",", name, Integer.toString(routes.routes().size()), fmt(distance),
                    bk == null ? "" : bk[0], bk == null ? "" : bk[1], gap, Boolean.toString(violation == null),
                    fmt(spent)));
            routes.writeSintef(Path.of("target", "bench", "solutions", name + ".txt"), name);
            System.out.printf("%-8s vehicles %2d distance %9.2f  best-known %s/%s  gap %s%%  %s  %.1f s%n", name,
                    routes.routes().size(), distance, bk == null ? "-" : bk[0], bk == null ? "-" : bk[1], gap,
                    violation == null ? "feasible" : "INFEASIBLE: " + violation, spent);
        }
        BenchReport.writeCsv("vrptw.csv",
                "instance,vehicles,distance,best_known_vehicles,best_known_distance,gap_percent,feasible,seconds", rows);
    }

    static List<Path> files(Path benchmarks, String selection) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String part : selection.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Path path = Path.of(p);
            if (!path.isAbsolute() && !Files.exists(path) && Files.exists(benchmarks.resolve(p))) {
                path = benchmarks.resolve(p);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.list(path)) {
                    // any file, whatever its name; the ones not in Solomon's format are skipped with a note
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean explicit(Path file, String selection) {
        for (String part : selection.split(",")) {
            if (!part.isBlank() && file.endsWith(Path.of(part.strip()).normalize())) {
                return true;
            }
        }
        return false;
    }

    /** Instance name (upper case) to {vehicles, distance} from the published tables, when present. */
    static Map<String, String[]> bestKnown(Path benchmarks) throws IOException {
        Map<String, String[]> table = new HashMap<>();
        for (Path csv : List.of(benchmarks.resolve("solomon/best-known.csv"),
                benchmarks.resolve("gehring-homberger/best-known-200.csv"))) {
            if (Files.exists(csv)) {
                for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
                    String[] f = line.split(",", 4);
                    if (f.length >= 3) {
                        table.put(f[0].strip().toUpperCase(Locale.ROOT), new String[] {f[1].strip(), f[2].strip()});
                    }
                }
            }
        }
        return table;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", Math.round(v * 100) / 100.0 + 0.0);
    }
}
