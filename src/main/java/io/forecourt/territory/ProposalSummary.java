package io.forecourt.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A rebalancing proposal in a few plain sentences for the planner, in accounts, hours, km and €:
 * what moves, how the busiest and the quietest territory's workload change against capacity, how
 * spread out the territories are, and whether every hard rule holds.
 */
public record ProposalSummary(List<String> sentences) {

    static ProposalSummary of(Proposal p) {
        List<String> out = new ArrayList<>();
        if (p.score() == null || p.after() == null || p.after().isEmpty()) {
            return new ProposalSummary(out);
        }
        int accounts = p.after().stream().mapToInt(TerritoryMetrics::accounts).sum();
        out.add(p.moved() == 0 ? "No account changes territory: the current split is already the best found."
                : String.format(Locale.ROOT, "%d of %d accounts change territory.", p.moved(), accounts));
        TerritoryMetrics busiestBefore = busiest(p.before());
        TerritoryMetrics busiestAfter = busiest(p.after());
        out.add(String.format(Locale.ROOT, "Busiest territory: %s at %d\u00a0%% of capacity (%s of %s), was %s at %d\u00a0%%.",
                busiestAfter.code(), busiestAfter.utilisationPercent(), hours(busiestAfter.workloadHours()),
                hours(busiestAfter.capacityHours()), busiestBefore.code(), busiestBefore.utilisationPercent()));
        out.add(String.format(Locale.ROOT, "Workloads run from %s of capacity (was %s).", range(p.after()), range(p.before())));
        out.add(String.format(Locale.ROOT, "Accounts lie on average %.1f\u00a0km from their rep's home (was %.1f\u00a0km).",
                meanKm(p.after()), meanKm(p.before())));
        long potentialGap = gap(p.after());
        out.add(String.format(Locale.ROOT, "Revenue potential differs by up to %,d\u00a0k€ between territories (was %,d\u00a0k€).",
                potentialGap, gap(p.before())));
        out.add(p.score().feasible() ? "Every hard rule holds: this proposal can be applied."
                : "It breaks a hard rule (see below): solve longer or relax the limits before applying.");
        return new ProposalSummary(out);
    }

    private static TerritoryMetrics busiest(List<TerritoryMetrics> metrics) {
        return metrics.stream().max(Comparator.comparingInt(TerritoryMetrics::utilisationPercent)).orElseThrow();
    }

    private static String range(List<TerritoryMetrics> metrics) {
        int max = metrics.stream().mapToInt(TerritoryMetrics::utilisationPercent).max().orElse(0);
        int min = metrics.stream().mapToInt(TerritoryMetrics::utilisationPercent).min().orElse(0);
        return min == max ? min + "\u00a0%" : min + "\u00a0% to " + max + "\u00a0%";
    }

    private static double meanKm(List<TerritoryMetrics> metrics) {
        int accounts = metrics.stream().mapToInt(TerritoryMetrics::accounts).sum();
        double km = metrics.stream().mapToDouble(m -> m.meanDistanceKm() * m.accounts()).sum();
        return accounts == 0 ? 0 : km / accounts;
    }

    private static long gap(List<TerritoryMetrics> metrics) {
        long max = metrics.stream().mapToLong(TerritoryMetrics::potentialThousands).max().orElse(0);
        long min = metrics.stream().mapToLong(TerritoryMetrics::potentialThousands).min().orElse(0);
        return max - min;
    }

    static String hours(double h) {
        return String.format(Locale.ROOT, "%,.0f\u00a0h", h);
    }
}
