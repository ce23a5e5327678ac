package io.forecourt.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One territory's figures for a period: accounts (active customers versus prospects), workload
 * (visits × visit duration + estimated travel from the rep's home), revenue potential and spread
 * (mean and furthest distance of its accounts from the rep's home).
 */
public record TerritoryMetrics(long territoryId, String code, String name, Long repId, String rep,
                               double homeLatitude, double homeLongitude, int accounts, int active, int prospects,
                               int inactive, double visitHours, double travelHours, double workloadHours,
                               double capacityHours, int utilisationPercent, long revenuePotential,
                               double meanDistanceKm, double maxDistanceKm) {

    /** Revenue potential in thousands, for tables. */
    public long potentialThousands() {
        return Math.round(revenuePotential / 1000.0);
    }

    /** The metrics of every territory of a baseline when accounts lie as {@code assignment} says. */
    static List<TerritoryMetrics> of(Baseline baseline, Map<Long, Long> assignment) {
        List<TerritoryMetrics> out = new ArrayList<>();
        for (int i = 0; i < baseline.territories().size(); i++) {
            Baseline.TerritoryFacts t = baseline.territories().get(i);
            int count = 0, active = 0, prospects = 0, inactive = 0;
            double visit = 0, travel = 0, km = 0, maxKm = 0;
            long potential = 0;
            for (Baseline.AccountFacts a : baseline.accounts()) {
                Long at = assignment.get(a.id());
                if (at == null || at != t.id()) {
                    continue;
                }
                count++;
                switch (a.status()) {
                    case "ACTIVE" -> active++;
                    case "PROSPECT" -> prospects++;
                    default -> inactive++;
                }
                visit += a.visits() * a.visitMinutes();
                travel += a.visits() * a.travelMinutes()[i];
                km += a.km()[i];
                maxKm = Math.max(maxKm, a.km()[i]);
                potential += a.potential();
            }
            double workload = (visit + travel) / 60;
            out.add(new TerritoryMetrics(t.id(), t.code(), t.name(), t.repId(), t.repName(), t.homeLat(), t.homeLon(),
                    count, active, prospects, inactive, round(visit / 60), round(travel / 60), round(workload),
                    t.capacityHours(), (int) Math.round(100 * workload / t.capacityHours()), potential,
                    round(count == 0 ? 0 : km / count), round(maxKm)));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
