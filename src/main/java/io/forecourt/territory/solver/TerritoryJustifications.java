package io.forecourt.territory.solver;

import io.forecourt.planning.Justified;

/** Why a territory constraint matched, in a planner's words. */
public final class TerritoryJustifications {

    private TerritoryJustifications() {
    }

    public record Unassigned(String account) implements Justified {
        public String text() { return account + " is in no territory"; }
    }

    public record OverCapacity(String territory, long load, long capacity) implements Justified {
        public String text() { return territory + " carries " + load + " of its capacity " + capacity; }
    }

    public record UnderMinimum(String territory, long load, long minimum) implements Justified {
        public String text() { return territory + " carries " + load + ", less than its minimum " + minimum; }
    }

    public record PinnedMoved(String account, String from, String to) implements Justified {
        public String text() { return account + " is pinned to " + from + " but placed in " + to; }
    }

    public record TooManyMoves(int moves, int max) implements Justified {
        public String text() { return moves + " accounts move, more than the limit of " + max; }
    }

    public record Imbalance(String territory, long load, long target) implements Justified {
        public String text() { return territory + " workload " + load + " against a fair share of " + target; }
    }

    public record PotentialImbalance(String territory, long potential, long target) implements Justified {
        public String text() { return territory + " potential " + potential + " against a fair share of " + target; }
    }

    public record Distance(String account, String territory, long distance) implements Justified {
        public String text() { return account + " lies " + distance + " from the home of " + territory + "'s rep"; }
    }

    public record Moved(String account, String from, String to) implements Justified {
        public String text() { return account + " moves from " + from + " to " + to; }
    }
}
