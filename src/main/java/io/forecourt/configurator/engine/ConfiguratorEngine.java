package io.forecourt.configurator.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The per-click queries over one {@link ConfigModel}: exact valid domains with witnesses,
 * explanations, smallest repairs and completion. Thread-safe and immutable.
 *
 * <p>{@link #of} compiles the model's solutions into a decision diagram ({@link Mdd}) once;
 * every click is then two linear passes over it, whatever the model's hardness. If the diagram
 * would exceed the state budget the engine answers by search instead ({@link SupportSearch}:
 * GAC propagation plus one dive per still-unsupported value), which is exact too, only slower.
 */
public final class ConfiguratorEngine {

    /**
     * Compilation gives up beyond this many distinct search states. Renault "big" needs ~0.5 M
     * (2 s); reaching the limit costs roughly 10 s and a few hundred MB of transient heap.
     */
    public static final int DEFAULT_COMPILE_BUDGET = 2_000_000;
    /** Alternatives of equal size returned by the repair queries. */
    public static final int MAX_REPAIRS = 3;

    private final ConfigModel model;
    private final Mdd mdd;
    private final Predicate<int[]> oracle;

    private ConfiguratorEngine(ConfigModel model, Mdd mdd) {
        this.model = model;
        this.mdd = mdd;
        this.oracle = mdd != null ? mdd::consistent : values -> SupportSearch.complete(model, values) != null;
    }

    /** Compiles within {@link #DEFAULT_COMPILE_BUDGET}, else falls back to search. */
    public static ConfiguratorEngine of(ConfigModel model) {
        return of(model, DEFAULT_COMPILE_BUDGET);
    }

    /** Compiles within {@code maxCompileStates} (0: never), else falls back to search. */
    public static ConfiguratorEngine of(ConfigModel model, int maxCompileStates) {
        if (maxCompileStates <= 0) {
            return new ConfiguratorEngine(model, null);
        }
        try {
            return new ConfiguratorEngine(model, MddCompiler.compile(model, maxCompileStates));
        } catch (MddCompiler.BudgetExceeded e) {
            return new ConfiguratorEngine(model, null);
        }
    }

    public ConfigModel model() {
        return model;
    }

    /** Whether clicks are answered from the compiled diagram (else by search). */
    public boolean isCompiled() {
        return mdd != null;
    }

    /** Diagram size in edges (0 when not compiled): about 12 bytes each. */
    public int diagramEdges() {
        return mdd == null ? 0 : mdd.edgeCount();
    }

    /** Which values can still be chosen (each keeps a complete valid configuration reachable). */
    public ValidDomains validDomains(Assignment assignment) {
        return validDomains(assignment, null);
    }

    /**
     * As {@link #validDomains(Assignment)}; in search mode the previous click's solutions that
     * still agree with the assignment seed this one (ignored when compiled: nothing to gain).
     */
    public ValidDomains validDomains(Assignment assignment, ValidDomains previous) {
        check(assignment);
        if (mdd == null) {
            return SupportSearch.compute(assignment, previous);
        }
        int[] values = assignment.rawValues();
        Mdd.Marks marks = mdd.marks(values);
        boolean consistent = marks.toTerminal().length > 0 && marks.toTerminal()[0];
        return new ValidDomains(assignment, consistent, marks.available(), new LazyWitnesses(mdd, values), List.of());
    }

    /** Witness paths need the pass marks; recomputed on first request so results stay small. */
    private static final class LazyWitnesses implements ValidDomains.Witnesses {
        private final Mdd mdd;
        private final int[] values;
        private Mdd.Marks marks;

        LazyWitnesses(Mdd mdd, int[] values) {
            this.mdd = mdd;
            this.values = values;
        }

        @Override
        public synchronized int[] find(int var, int val) {
            if (marks == null) {
                marks = mdd.marks(values);
            }
            return mdd.witness(values, var, val, marks);
        }
    }

    /**
     * For every value, the fewest current choices to change to allow it (one pass pair over the
     * diagram); empty when the engine answers by search.
     */
    public Optional<Blockers> blockers(Assignment assignment) {
        check(assignment);
        return mdd == null ? Optional.empty() : Optional.of(new Blockers(mdd, assignment.rawValues()));
    }

    /** Why {@code variable = value} is unavailable under the assignment (see {@link Explanation}). */
    public Explanation explain(Assignment assignment, String variable, String value) {
        int x = model.variableIndex(variable);
        return explain(assignment, x, model.valueIndex(x, value));
    }

    public Explanation explain(Assignment assignment, int var, int value) {
        check(assignment);
        return Explainer.explain(model, oracle, assignment.rawValues(), var, value);
    }

    /**
     * The smallest sets of choices to change so that the assignment has a valid completion, at
     * most {@link #MAX_REPAIRS} alternatives (one empty repair when it already has one; none when
     * the model has no solution at all). See {@link Repairer} for the work bound.
     */
    public List<Repair> repairs(Assignment assignment) {
        check(assignment);
        return toRepairs(assignment, -1, 0);
    }

    /**
     * The smallest sets of choices to change so that {@code variable = value} becomes possible
     * (the variable's own choice, if any, is replaced by the value; none when it is impossible
     * whatever is chosen).
     */
    public List<Repair> repairsToAllow(Assignment assignment, String variable, String value) {
        check(assignment);
        int x = model.variableIndex(variable);
        return toRepairs(assignment, x, model.valueIndex(x, value));
    }

    /**
     * Why the assignment has no valid completion and how to get out: the minimal conflicts met
     * (sets of choices that cannot all be kept; empty when it completes) and the smallest repairs,
     * each giving up at least one choice of every conflict. Choices of the variables in
     * {@code keep} are never given up (for "the customer just chose this: change something else").
     */
    public Diagnosis diagnose(Assignment assignment, Set<String> keep) {
        check(assignment);
        int[] values = assignment.rawValues();
        boolean[] hard = new boolean[values.length];
        for (String variable : keep) {
            hard[model.variableIndex(variable)] = true;
        }
        Repairer.Result result = Repairer.minimalChanges(model, oracle, values, hard, MAX_REPAIRS);
        List<List<Choice>> conflicts = new ArrayList<>();
        for (Set<Integer> c : result.conflicts()) {
            List<Choice> choices = new ArrayList<>();
            for (int var : c) {
                choices.add(new Choice(model.variableName(var), model.valueName(var, values[var])));
            }
            conflicts.add(choices);
        }
        return new Diagnosis(toRepairs(assignment, result, -1, 0), conflicts);
    }

    /** See {@link #diagnose}. */
    public record Diagnosis(List<Repair> repairs, List<List<Choice>> conflicts) {
        public Diagnosis {
            repairs = List.copyOf(repairs);
            conflicts = List.copyOf(conflicts);
        }
    }

    /** Whether some complete valid configuration extends the assignment (one pass when compiled). */
    public boolean completable(Assignment assignment) {
        check(assignment);
        return oracle.test(assignment.rawValues());
    }

    /** The constraints a complete assignment (every variable fixed) breaks, by name. */
    public List<String> broken(Assignment full) {
        check(full);
        int[] values = full.rawValues();
        List<String> out = new ArrayList<>();
        for (Constraint c : model.constraints) {
            if (!c.isSatisfiedBy(values)) {
                out.add(c.name);
            }
        }
        return out;
    }

    /**
     * How many complete valid configurations extend the assignment (compiled engines only: one
     * pass with big integers, slower than a click; empty when answering by search).
     */
    public Optional<BigInteger> countConfigurations(Assignment assignment) {
        check(assignment);
        return mdd == null ? Optional.empty() : Optional.of(mdd.count(assignment.rawValues()));
    }

    /** A complete valid configuration extending the assignment, smallest value indices first. */
    public Optional<Assignment> complete(Assignment assignment) {
        check(assignment);
        int[] sol = completion(assignment.rawValues());
        return Optional.ofNullable(sol).map(s -> new Assignment(model, s));
    }

    private int[] completion(int[] values) {
        if (mdd == null) {
            return SupportSearch.complete(model, values);
        }
        return mdd.witness(values, -1, 0, mdd.marks(values));
    }

    private List<Repair> toRepairs(Assignment assignment, int x, int v) {
        return toRepairs(assignment, Repairer.minimalChanges(model, oracle, assignment.rawValues(), x, v, MAX_REPAIRS),
                x, v);
    }

    private List<Repair> toRepairs(Assignment assignment, Repairer.Result result, int x, int v) {
        int[] values = assignment.rawValues();
        List<Repair> out = new ArrayList<>();
        for (Set<Integer> drop : result.repairs()) {
            Assignment relaxed = assignment;
            List<Choice> change = new ArrayList<>();
            for (int var : drop) {
                change.add(new Choice(model.variableName(var), model.valueName(var, values[var])));
                relaxed = relaxed.without(var);
            }
            if (x >= 0) {
                relaxed = relaxed.with(x, v);
            }
            int[] sol = completion(relaxed.rawValues());
            List<Choice> suggestion = new ArrayList<>();
            for (int var : drop) {
                suggestion.add(new Choice(model.variableName(var), model.valueName(var, sol[var])));
            }
            out.add(new Repair(change, suggestion, relaxed, result.minimum()));
        }
        return out;
    }

    @Override
    public String toString() {
        return mdd == null ? "ConfiguratorEngine[search]" : "ConfiguratorEngine[compiled, " + mdd.edgeCount() + " edges]";
    }

    private void check(Assignment assignment) {
        if (assignment.model() != model) {
            throw new IllegalArgumentException("assignment of another model");
        }
    }
}
