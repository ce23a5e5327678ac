package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Smallest repairs by Reiter's hitting-set tree, breadth first: every repair must give up at
 * least one choice of each conflict (found with QuickXplain), so the first level where dropping
 * the node's choices is consistent gives the minimum-size repairs. Known conflicts are reused
 * to skip checks. Bounded by {@link #MAX_CHECKS} oracle calls and {@link #MAX_NODES} tree
 * nodes; past that it falls back to one greedy repair (drop whole conflicts until consistent,
 * then take back every choice that still fits): irreducible, but maybe not the smallest.
 */
final class Repairer {

    static final int MAX_CHECKS = 400;
    static final int MAX_NODES = 20_000;

    /**
     * Repairs as sets of variables to give up; {@code minimum} false for the greedy fallback.
     * {@code conflicts}: the minimal conflicts (sets of choices that cannot all be kept) met on
     * the way; every repair gives up at least one choice of each.
     */
    record Result(List<Set<Integer>> repairs, boolean minimum, List<Set<Integer>> conflicts) {
    }

    private final ConfigModel m;
    private final Predicate<int[]> oracle;
    private final int[] base;
    /** Choices that are requirements, never candidates for change. */
    private final boolean[] hard;
    private int checks;

    private Repairer(ConfigModel m, Predicate<int[]> oracle, int[] values, boolean[] hard) {
        this.m = m;
        this.oracle = oracle;
        this.base = values.clone();
        this.hard = hard;
    }

    /**
     * The smallest sets of choices to give up (at most {@code max} alternatives) so that a
     * valid configuration exists, with {@code x = v} required when {@code x >= 0}.
     * Empty when even dropping every choice does not help.
     */
    static Result minimalChanges(ConfigModel m, Predicate<int[]> oracle, int[] values, int x, int v,
            int max) {
        int[] vals = values.clone();
        boolean[] hard = new boolean[vals.length];
        if (x >= 0) {
            vals[x] = v; // the requested value is a hard requirement, never a candidate for change
            hard[x] = true;
        }
        return new Repairer(m, oracle, vals, hard).search(max);
    }

    /** As above, with every variable flagged in {@code hard} kept at its current value. */
    static Result minimalChanges(ConfigModel m, Predicate<int[]> oracle, int[] values, boolean[] hard, int max) {
        return new Repairer(m, oracle, values, hard.clone()).search(max);
    }

    private Result search(int max) {
        List<Integer> chosen = new ArrayList<>();
        for (int var = 0; var < base.length; var++) {
            if (base[var] != Assignment.FREE && !hard[var]) {
                chosen.add(var);
            }
        }
        List<Set<Integer>> found = new ArrayList<>();
        if (!consistentWithout(chosen, new HashSet<>(chosen))) {
            return new Result(found, true, List.of()); // the requirement alone is impossible
        }
        List<Set<Integer>> conflicts = new ArrayList<>();
        List<Set<Integer>> level = List.of(new TreeSet<>());
        int nodes = 0;
        while (!level.isEmpty() && found.isEmpty()) {
            Set<Set<Integer>> next = new HashSet<>();
            for (Set<Integer> drop : level) {
                if (++nodes > MAX_NODES || checks >= MAX_CHECKS) {
                    return new Result(List.of(greedy(chosen, conflicts)), false, conflicts);
                }
                Set<Integer> conflict = conflicts.stream().filter(c -> disjoint(c, drop)).findFirst().orElse(null);
                if (conflict == null) {
                    if (consistentWithout(chosen, drop)) {
                        if (found.size() < max) {
                            found.add(drop);
                        }
                        continue;
                    }
                    conflict = newConflict(chosen, drop);
                    conflicts.add(conflict);
                }
                for (int c : conflict) {
                    Set<Integer> child = new TreeSet<>(drop);
                    child.add(c);
                    next.add(child);
                }
            }
            level = new ArrayList<>(next);
        }
        return new Result(found, true, conflicts);
    }

    private Set<Integer> greedy(List<Integer> chosen, List<Set<Integer>> conflicts) {
        Set<Integer> drop = new TreeSet<>();
        for (Set<Integer> c : conflicts) {
            if (disjoint(c, drop)) {
                drop.addAll(c);
            }
        }
        while (!consistentWithout(chosen, drop)) {
            Set<Integer> conflict = newConflict(chosen, drop);
            if (conflict.isEmpty()) {
                drop.addAll(chosen); // cannot happen: the requirement alone was checked consistent
                break;
            }
            drop.addAll(conflict);
        }
        for (int var : new ArrayList<>(drop)) {
            drop.remove(var);
            if (!consistentWithout(chosen, drop)) {
                drop.add(var);
            }
        }
        return drop;
    }

    private boolean consistentWithout(List<Integer> chosen, Set<Integer> drop) {
        checks++;
        return oracle.test(kept(chosen, drop));
    }

    private Set<Integer> newConflict(List<Integer> chosen, Set<Integer> drop) {
        List<Integer> remaining = chosen.stream().filter(c -> !drop.contains(c)).toList();
        QuickXplain qx = new QuickXplain(subset -> {
            checks++;
            return oracle.test(kept(subset, Set.of()));
        }, Explainer.MAX_CHECKS);
        List<Integer> conflict = qx.conflict(remaining);
        return new TreeSet<>(conflict == null ? remaining : conflict);
    }

    /** The requirement plus the given choices minus the dropped ones. */
    private int[] kept(List<Integer> choices, Set<Integer> drop) {
        int[] vals = Assignment.freeValues(base.length);
        for (int var : choices) {
            if (!drop.contains(var)) {
                vals[var] = base[var];
            }
        }
        for (int var = 0; var < vals.length; var++) {
            if (hard[var]) {
                vals[var] = base[var];
            }
        }
        return vals;
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (int e : a) {
            if (b.contains(e)) {
                return false;
            }
        }
        return true;
    }
}
