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
        public String text() { return territory + " carries " + hours(load) + " of its capacity " + hours(capacity); }
    }

    public record UnderMinimum(String territory, long load, long minimum) implements Justified {
        public String text() { return territory + " carries " + hours(load) + ", less than its minimum " + hours(minimum); }
    }

    public record PinnedMoved(String account, String from, String to) implements Justified {
        public String text() { return account + " is pinned to " + from + " but placed in " + to; }
    }

    public record TooManyMoves(int moves, int max) implements Justified {
        public String text() { return moves + " accounts move, more than the limit of " + max; }
    }

    public record Imbalance(String territory, long load, long target) implements Justified {
        public String text() { return territory + " workload " + hours(load) + " against a fair share of " + hours(target); }
    }

    public record PotentialImbalance(String territory, long potential, long target) implements Justified {
        public String text() { return territory + " potential " + euros(potential) + " against a fair share of " + euros(target); }
    }

    public record Distance(String account, String territory, long distance) implements Justified {
        public String text() { return account + " lies " + km(distance) + " from the home of " + territory + "'s rep"; }
    }

    public record Moved(String account, String from, String to) implements Justified {
        public String text() { return account + " moves from " + from + " to " + to; }
    }

    // The app's plan units (TerritoryProblems): workload in minutes per period, distance in hundreds of metres.
    static String hours(long minutes) {
        return String.format(java.util.Locale.ROOT, "%,.1f h", minutes / 60.0);
    }

    static String km(long hundredMetres) {
        return String.format(java.util.Locale.ROOT, "%,.1f km", hundredMetres / 10.0);
    }

    static String euros(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d k€", Math.round(amount / 1000.0));
    }
}
