package io.forecourt.territory;

import io.forecourt.bench.BenchReport;
import io.forecourt.bench.BenchSelection;
import io.forecourt.territory.solver.AccountAssignment;
import io.forecourt.territory.solver.TerritoryPlan;
import io.forecourt.territory.solver.TerritorySlot;
import io.forecourt.territory.solver.TerritorySolverConfig;
import io.forecourt.territory.solver.TerritoryWeights;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Pfizer Turkey case solved with the app's territory model (the same constraints and solver
 * configuration): bricks are accounts with the index value as workload, SRs are territories whose
 * workload must lie in the band (hard), distance office-to-brick is the compactness goal, and
 * {@code -Dbench.maxMoves} caps the bricks moved (hard).
 * <pre>./mvnw -Pbench verify -Dbench.territory=bricks_22x4.csv -Dbench.band=0.8,1.2 [-Dbench.maxMoves=n] -Dbench.seconds=10</pre>
 * Optional: {@code -Dbench.moveWeight=} (soft cost per move, in hundredths of a distance unit) and
 * {@code -Dbench.balanceWeight=}. Writes target/bench/territory.csv and territory-summary.csv.
 */
class TerritoryBench {

    /** Load units per index point and distance units per distance unit of the data. */
    static final double LOAD = 1_000_000, DIST = 100;

    @Test
    void pfizerCase() throws Exception {
        BenchSelection.assumeSelected("bench.territory");
        Path file = resolve(System.getProperty("bench.territory", ""));
        assumeTrue(Files.isRegularFile(file), "Pfizer case not found at " + file + " (set FORECOURT_BENCHMARKS)");
        String[] band = System.getProperty("bench.band", "0.8,1.2").split(",");
        double low = Double.parseDouble(band[0].trim()), high = Double.parseDouble(band[1].trim());
        Integer maxMoves = System.getProperty("bench.maxMoves", "").isBlank() ? null : Integer.valueOf(System.getProperty("bench.maxMoves"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "10"));
        double dataScale = Double.parseDouble(System.getProperty("bench.distanceScale", "0"));

        PfizerCase c = PfizerCase.read(file);
        double dist = dataScale > 0 ? dataScale : c.bricks().size() > 50 ? 100_000 : DIST; // coordinates lie in [0, 1]
        TerritoryPlan plan = plan(c, low, high, maxMoves, dist,
                Long.getLong("bench.moveWeight", 0), Long.getLong("bench.balanceWeight", 0));
        long t0 = System.nanoTime();
        org.optaplanner.core.config.solver.SolverConfig config = TerritorySolverConfig.create(Duration.ofSeconds(seconds));
        String ls = System.getProperty("bench.localSearch", "");
        if (!ls.isBlank()) {
            config.setPhaseConfigList(List.of(new org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig(),
                    new org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig().withLocalSearchType(
                            org.optaplanner.core.config.localsearch.LocalSearchType.valueOf(ls))));
        }
        TerritoryPlan best = SolverFactory.<TerritoryPlan>create(config).buildSolver().solve(plan);
        double took = (System.nanoTime() - t0) / 1e9;

        int[] sr = new int[c.bricks().size()];
        for (int i = 0; i < sr.length; i++) {
            sr[i] = best.getAccounts().get(i).getTerritory().index() + 1;
        }
        report(c, sr, low, high, maxMoves, seconds, took, best.getScore().toShortString());
    }

    static TerritoryPlan plan(PfizerCase c, double low, double high, Integer maxMoves, double dist, long moveWeight,
                              long balanceWeight) {
        double mean = c.totalIndex() / c.reps();
        List<TerritorySlot> slots = new ArrayList<>();
        for (int k = 0; k < c.reps(); k++) {
            slots.add(new TerritorySlot(k + 1, "SR" + (k + 1), k, (long) Math.floor(high * mean * LOAD + 1e-6),
                    (long) Math.ceil(low * mean * LOAD - 1e-6), Math.round(mean * LOAD), 0, Math.round(LOAD / 100)));
        }
        List<AccountAssignment> accounts = new ArrayList<>();
        for (PfizerCase.Brick b : c.bricks()) {
            long[] load = new long[c.reps()], distance = new long[c.reps()];
            for (int k = 0; k < c.reps(); k++) {
                load[k] = Math.round(b.index() * LOAD);
                distance[k] = Math.round(b.distance()[k] * dist);
            }
            accounts.add(new AccountAssignment(b.id(), "brick " + b.id(), load, distance, 0, slots.get(b.current() - 1), false));
        }
        return new TerritoryPlan(slots, accounts, new TerritoryWeights(balanceWeight, 0, 1, moveWeight), maxMoves);
    }

    private static void report(PfizerCase c, int[] sr, double low, double high, Integer maxMoves, int seconds,
                               double took, String score) {
        int[] current = c.current();
        double mean = c.totalIndex() / c.reps();
        double[] w = c.workloads(sr), w0 = c.workloads(current);
        List<String> assignment = new ArrayList<>();
        int moved = 0;
        double movedIndex = 0;
        for (int i = 0; i < sr.length; i++) {
            assignment.add(c.bricks().get(i).id() + "," + sr[i]);
            if (sr[i] != current[i]) {
                moved++;
                movedIndex += c.bricks().get(i).index();
            }
        }
        boolean inBand = true;
        List<String> summary = new ArrayList<>();
        for (int k = 0; k < c.reps(); k++) {
            double repDistance = 0, currentDistance = 0;
            int count = 0;
            for (int i = 0; i < sr.length; i++) {
                if (sr[i] == k + 1) { repDistance += c.bricks().get(i).distance()[k]; count++; }
                if (current[i] == k + 1) { currentDistance += c.bricks().get(i).distance()[k]; }
            }
            inBand &= w[k] >= low * mean - 1e-9 && w[k] <= high * mean + 1e-9;
            summary.add(String.format(Locale.ROOT, "SR%d,%.4f,%.2f,%d,%.4f,%.2f", k + 1, w[k], repDistance, count, w0[k], currentDistance));
        }
        summary.add(String.format(Locale.ROOT, "total,%.4f,%.2f,%d,%.4f,%.2f", c.totalIndex(), c.distance(sr), sr.length,
                c.totalIndex(), c.distance(current)));
        summary.add("");
        summary.add("instance,band_low,band_high,max_moves,seconds,in_band,distance,current_distance,bricks_moved,index_moved,score");
        summary.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%s,%.1f,%b,%.2f,%.2f,%d,%.4f,%s", c.name(), low, high,
                maxMoves == null ? "" : maxMoves, took, inBand, c.distance(sr), c.distance(current), moved, movedIndex, score));
        BenchReport.writeCsv("territory.csv", "brick,rep", assignment);
        BenchReport.writeCsv("territory-summary.csv", "rep,workload,distance,bricks,current_workload,current_distance", summary);
        System.out.printf(Locale.ROOT, "%s band [%.2f, %.2f] max moves %s, %d s: distance %.2f (current %.2f),"
                        + " %d bricks moved (index %.4f), every workload in band: %b, score %s%n", c.name(), low, high,
                maxMoves == null ? "-" : maxMoves, seconds, c.distance(sr), c.distance(current), moved, movedIndex, inBand, score);
        for (int k = 0; k < c.reps(); k++) {
            System.out.printf(Locale.ROOT, "  SR%d workload %.4f (was %.4f)%n", k + 1, w[k], w0[k]);
        }
    }

    /** A path as given, or a file name under the benchmarks' Pfizer folder; empty means bricks_22x4.csv. */
    static Path resolve(String given) {
        String name = given.isBlank() || given.equals("true") ? "bricks_22x4.csv" : given;
        Path direct = Path.of(name);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        String env = System.getenv("FORECOURT_BENCHMARKS");
        Path root = env != null ? Path.of(env) : Path.of("..", "shared", "benchmarks");
        return root.resolve("territory").resolve("pfizer-turkey-case").resolve(name);
    }
}
