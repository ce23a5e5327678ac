package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Junker's QuickXplain: a minimal subset of candidates that is inconsistent together with a
 * fixed background (the background lives inside the check). A conflict of k elements among n
 * costs about {@code 2k·log2(n/k) + 2k} checks. The number of checks is capped: once the budget
 * is spent the remaining candidates are kept whole, so the answer is still a conflict, just
 * possibly not minimal ({@link #exhausted()}).
 */
final class QuickXplain {

    private final Predicate<List<Integer>> consistent;
    private int budget;
    private boolean exhausted;

    /** @param consistent whether background ∪ the given candidates has a solution */
    QuickXplain(Predicate<List<Integer>> consistent, int maxChecks) {
        this.consistent = consistent;
        this.budget = maxChecks;
    }

    /** A minimal conflict among {@code candidates}, or null when all of them together are consistent. */
    List<Integer> conflict(List<Integer> candidates) {
        if (check(candidates)) {
            return null;
        }
        if (candidates.isEmpty() || !check(List.of())) {
            return List.of();
        }
        return qx(new ArrayList<>(), false, candidates);
    }

    boolean exhausted() {
        return exhausted;
    }

    private List<Integer> qx(List<Integer> background, boolean grew, List<Integer> candidates) {
        if (budget <= 0) {
            exhausted = true;
            return candidates;
        }
        if (grew && !check(background)) {
            return List.of();
        }
        if (candidates.size() == 1) {
            return candidates;
        }
        int half = candidates.size() / 2;
        List<Integer> c1 = candidates.subList(0, half);
        List<Integer> c2 = candidates.subList(half, candidates.size());
        List<Integer> d2 = qx(union(background, c1), !c1.isEmpty(), c2);
        List<Integer> d1 = qx(union(background, d2), !d2.isEmpty(), c1);
        return union(d1, d2);
    }

    private boolean check(List<Integer> elements) {
        budget--;
        return consistent.test(elements);
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
