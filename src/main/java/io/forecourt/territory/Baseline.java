package io.forecourt.territory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts a rebalancing started from, read once in a transaction: territories with their reps and
 * accounts with their figures and versions. Immutable; metrics, maps and the apply check read it.
 */
record Baseline(List<TerritoryFacts> territories, List<AccountFacts> accounts) {

    record TerritoryFacts(long id, String code, String name, Long repId, String repName, Long teamId,
                          double homeLat, double homeLon, double capacityHours) {
    }

    /** One account: its travel minutes per visit and distance (km) from each territory's home, by index. */
    record AccountFacts(long id, String name, String status, Double lat, Double lon, Long territoryId, Long ownerId,
                        int version, int visits, int visitMinutes, long potential, boolean pinned,
                        double[] travelMinutes, double[] km) {

        double workloadMinutes(int territoryIndex) {
            return visits * (visitMinutes + travelMinutes[territoryIndex]);
        }
    }

    Map<Long, TerritoryFacts> territoriesById() {
        return territories.stream().collect(Collectors.toMap(TerritoryFacts::id, Function.identity()));
    }

    int indexOf(long territoryId) {
        for (int i = 0; i < territories.size(); i++) {
            if (territories.get(i).id() == territoryId) {
                return i;
            }
        }
        throw new IllegalArgumentException("territory " + territoryId + " is not in this plan");
    }

    /** Where each account is now: account id → territory id. */
    Map<Long, Long> currentAssignment() {
        return accounts.stream().collect(Collectors.toMap(AccountFacts::id, AccountFacts::territoryId));
    }
}
