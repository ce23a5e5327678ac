package io.forecourt.configurator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks configurations against the tables as read from the XCSP file, sharing no code with
 * the engine: a complete-configuration check and a plain backtracking search (each table must
 * keep a tuple matching every assigned variable of its scope) to decide extendability.
 */
final class IndependentChecker {

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Map<String, Integer>> values = new ArrayList<>();
    private final List<String> tableNames = new ArrayList<>();
    private final List<int[]> scopes = new ArrayList<>();
    private final List<int[][]> tuples = new ArrayList<>();
    private final List<List<Integer>> tablesOf = new ArrayList<>();
    private long nodes;

    IndependentChecker(XcspReader.Instance instance) {
        names = new ArrayList<>(instance.domains().keySet());
        for (String name : names) {
            index.put(name, index.size());
            Map<String, Integer> vi = new HashMap<>();
            for (String v : instance.domains().get(name)) {
                vi.put(v, vi.size());
            }
            values.add(vi);
            tablesOf.add(new ArrayList<>());
        }
        for (XcspReader.RawTable t : instance.tables()) {
            int[] scope = t.scope().stream().mapToInt(index::get).toArray();
            int[][] rows = new int[t.tuples().size()][scope.length];
            for (int r = 0; r < rows.length; r++) {
                for (int p = 0; p < scope.length; p++) {
                    rows[r][p] = values.get(scope[p]).get(t.tuples().get(r)[p]);
                }
            }
            for (int v : scope) {
                tablesOf.get(v).add(tableNames.size());
            }
            tableNames.add(t.name());
            scopes.add(scope);
            tuples.add(rows);
        }
    }

    /** Names of the tables a complete configuration violates (empty: it is a solution). */
    List<String> violations(Map<String, String> config) {
        int[] vals = encode(config);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < scopes.size(); t++) {
            if (Arrays.stream(vals).anyMatch(v -> v < 0) || !matches(t, vals)) {
                out.add(tableNames.get(t));
            }
        }
        return out;
    }

    /** Whether some complete solution extends the partial configuration; null past {@code maxNodes}. */
    Boolean extendable(Map<String, String> partial, long maxNodes) {
        int[] vals = encode(partial);
        for (int t = 0; t < scopes.size(); t++) {
            if (!matches(t, vals)) {
                return false;
            }
        }
        List<Integer> free = new ArrayList<>();
        boolean[] placed = new boolean[names.size()];
        for (int v = 0; v < vals.length; v++) {
            placed[v] = vals[v] >= 0;
        }
        int assigned = (int) Arrays.stream(vals).filter(x -> x >= 0).count();
        // most connections to already placed variables first: failures show up early
        while (free.size() + assigned < names.size()) {
            int best = -1;
            int bestScore = -1;
            for (int v = 0; v < names.size(); v++) {
                if (!placed[v]) {
                    int score = 0;
                    for (int t : tablesOf.get(v)) {
                        for (int u : scopes.get(t)) {
                            score += placed[u] ? 1 : 0;
                        }
                    }
                    if (score > bestScore) {
                        best = v;
                        bestScore = score;
                    }
                }
            }
            placed[best] = true;
            free.add(best);
        }
        nodes = 0;
        return search(vals, free, 0, maxNodes);
    }

    private Boolean search(int[] vals, List<Integer> free, int depth, long maxNodes) {
        if (depth == free.size()) {
            return true;
        }
        if (++nodes > maxNodes) {
            return null;
        }
        int v = free.get(depth);
        for (int val = 0; val < values.get(v).size(); val++) {
            vals[v] = val;
            boolean ok = true;
            for (int t : tablesOf.get(v)) {
                ok &= matches(t, vals);
            }
            if (ok) {
                Boolean below = search(vals, free, depth + 1, maxNodes);
                if (below == null || below) {
                    vals[v] = -1;
                    return below;
                }
            }
        }
        vals[v] = -1;
        return false;
    }

    /** Some tuple agrees with every assigned variable of the table's scope. */
    private boolean matches(int t, int[] vals) {
        int[] scope = scopes.get(t);
        for (int[] row : tuples.get(t)) {
            boolean all = true;
            for (int p = 0; p < scope.length && all; p++) {
                all = vals[scope[p]] < 0 || vals[scope[p]] == row[p];
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private int[] encode(Map<String, String> config) {
        int[] vals = new int[names.size()];
        Arrays.fill(vals, -1);
        config.forEach((k, v) -> vals[index.get(k)] = values.get(index.get(k)).get(v));
        return vals;
    }
}
