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
 * to skip checks. Bounded by {@link #MAX_CHECKS} oracle calls; past that, the repairs found so
 * far are returned (possibly none).
 */
final class Repairer {

    static final int MAX_CHECKS = 400;

    private final ConfigModel m;
    private final Predicate<int[]> oracle;
    private final int[] base;
    private final int x;
    private final int v;
    private int checks;

    private Repairer(ConfigModel m, Predicate<int[]> oracle, int[] values, int x, int v) {
        this.m = m;
        this.oracle = oracle;
        this.base = values.clone();
        this.x = x;
        this.v = v;
        if (x >= 0) {
            base[x] = v; // the requested value is a hard requirement, never a candidate for change
        }
    }

    /**
     * The smallest sets of choices to give up (at most {@code max} alternatives) so that a
     * valid configuration exists, with {@code x = v} required when {@code x >= 0}.
     * Empty when even dropping every choice does not help.
     */
    static List<Set<Integer>> minimalChanges(ConfigModel m, Predicate<int[]> oracle, int[] values, int x, int v,
            int max) {
        return new Repairer(m, oracle, values, x, v).search(max);
    }

    private List<Set<Integer>> search(int max) {
        List<Integer> chosen = new ArrayList<>();
        for (int var = 0; var < base.length; var++) {
            if (base[var] != Assignment.FREE && var != x) {
                chosen.add(var);
            }
        }
        List<Set<Integer>> found = new ArrayList<>();
        if (!consistentWithout(chosen, new HashSet<>(chosen))) {
            return found; // the requirement alone is impossible
        }
        List<Set<Integer>> conflicts = new ArrayList<>();
        List<Set<Integer>> level = List.of(new TreeSet<>());
        while (!level.isEmpty() && found.isEmpty() && checks < MAX_CHECKS) {
            Set<Set<Integer>> next = new HashSet<>();
            for (Set<Integer> drop : level) {
                Set<Integer> conflict = conflicts.stream().filter(c -> disjoint(c, drop)).findFirst().orElse(null);
                if (conflict == null) {
                    if (checks >= MAX_CHECKS) {
                        break;
                    }
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
        return found;
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
        if (x >= 0) {
            vals[x] = v;
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
