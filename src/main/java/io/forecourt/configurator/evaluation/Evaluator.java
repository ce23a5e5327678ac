package io.forecourt.configurator.evaluation;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.configurator.evaluation.Evaluation.GroupState;
import io.forecourt.configurator.evaluation.Evaluation.OptionState;
import io.forecourt.configurator.evaluation.Evaluation.Violation;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Blockers;
import io.forecourt.configurator.engine.Choice;
import io.forecourt.configurator.engine.ConfiguratorEngine;
import io.forecourt.configurator.engine.Explanation;
import io.forecourt.configurator.engine.ValidDomains;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.rules.Chosen;
import io.forecourt.configurator.rules.Outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One evaluation of the customer's own choices: Drools and the catalogue's tables judge them as they
 * stand ({@code valid}, violations, price, default proposals); the engine looks ahead
 * ({@code completable}, which options keep a complete valid product reachable, why the others do not,
 * how to get out of a conflict).
 */
public final class Evaluator {

    /** Explanations per click are bounded; past this, options get a reason that names nothing. */
    static final long EXPLAIN_BUDGET_NANOS = 40_000_000L;
    /** Conflicts named as violations, at most. */
    static final int MAX_CONFLICTS = 3;

    private Evaluator() {
    }

    public static Evaluation evaluate(ProductModel m, List<String> selections) {
        List<Chosen> facts = selections.stream().map(c -> new Chosen(c, m.slot(c).group().code())).toList();
        Outcome outcome = m.rules().fire(m.product().code(), m.market(), facts);

        List<Violation> violations = new ArrayList<>();
        for (Outcome.Violation v : outcome.violations()) {
            violations.add(new Violation(v.rule(), v.message(), involved(m, v.rule(), selections)));
        }
        violations.addAll(SelectionChecks.tableViolations(m, selections));
        violations.addAll(SelectionChecks.cardinalityViolations(m, selections));
        boolean valid = violations.isEmpty();

        Assignment assignment = m.assignmentOf(selections);
        ValidDomains domains = m.engine().validDomains(assignment);
        boolean completable = domains.consistent();
        // one diagnosis per evaluation: the conflicts, the repairs, and the core availability is judged on
        ConfiguratorEngine.Diagnosis diagnosis = completable ? null : m.engine().diagnose(assignment, Set.of());
        if (diagnosis != null) {
            violations.addAll(conflicts(m, selections, diagnosis, violations));
        }
        List<Evaluation.Repair> repairs = Repairs.propose(m, selections, violations,
                diagnosis == null ? List.of() : diagnosis.repairs());

        // In a conflict nothing completes; judge the options against the choices outside it (the
        // smallest repair's), so the page shows how to get out, not a wall of grey.
        Assignment core = completable ? assignment : consistentCore(m, diagnosis);
        ValidDomains coreDomains = core == assignment ? domains : m.engine().validDomains(core);
        List<String> defaults = completable ? defaults(m, selections, outcome, assignment, domains) : List.of();
        List<GroupState> groups = groupStates(m, selections, defaults, core, coreDomains);
        boolean complete = groups.stream().allMatch(GroupState::satisfied);

        return new Evaluation(m.product().code(), m.market(), selections, valid, completable, complete,
                Pricing.price(m, selections, outcome), violations, groups, repairs, defaults, m.rules().version());
    }

    /**
     * The conflicts the engine met, each a smallest set of choices no complete product has together,
     * with the rules and tables that make it so. A conflict that a rule or table broken as it stands
     * already names (same choices) is not repeated.
     */
    private static List<Violation> conflicts(ProductModel m, List<String> selections,
                                             ConfiguratorEngine.Diagnosis diagnosis, List<Violation> asTheyStand) {
        List<Violation> out = new ArrayList<>();
        for (List<Choice> conflict : diagnosis.conflicts()) {
            if (out.size() == MAX_CONFLICTS) {
                break;
            }
            List<String> options = conflict.stream().map(c -> m.optionOf(c.variable(), c.value()))
                    .filter(java.util.Objects::nonNull).toList();
            Set<String> set = Set.copyOf(options);
            boolean named = asTheyStand.stream().anyMatch(v -> v.options().stream().filter(selections::contains)
                    .collect(Collectors.toSet()).equals(set));
            if (options.isEmpty() || named) {
                continue;
            }
            String rules = "";
            if (!conflict.isEmpty()) {
                Choice last = conflict.get(conflict.size() - 1);
                Assignment others = m.assignmentOf(options.subList(0, options.size() - 1));
                Explanation e = m.engine().explain(others, last.variable(), last.value());
                rules = e.constraints().stream().map(m::label).distinct().collect(Collectors.joining("; "));
            }
            List<String> names = options.stream().map(m::optionName).toList();
            String message = (names.size() == 1 ? names.get(0) + " cannot be part of any complete "
                    + m.product().name() : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                    + names.get(names.size() - 1) + " cannot all be in one " + m.product().name())
                    + (rules.isEmpty() ? "" : " (" + rules + ")");
            String id = out.isEmpty() ? Evaluation.CONFLICT : Evaluation.CONFLICT + " " + (out.size() + 1);
            out.add(new Violation(id, message, options));
        }
        if (out.isEmpty() && asTheyStand.isEmpty()) {
            // the engine found no conflict among the choices (cannot happen with a solvable model): say so anyway
            out.add(new Violation(Evaluation.CONFLICT, "These choices cannot be completed into a "
                    + m.product().name(), List.copyOf(selections)));
        }
        return out;
    }

    /**
     * Proposed defaults for the groups the customer has not chosen in, judged against the customer's
     * choices and the defaults already taken. A proposal that no longer fits is replaced by the
     * group's first option that does (so choosing Premium replaces the default steel wheels by the
     * first wheels Premium allows); every default taken keeps the product completable.
     */
    private static List<String> defaults(ProductModel m, List<String> selections, Outcome outcome,
                                         Assignment assignment, ValidDomains domains) {
        Set<String> chosenGroups = new HashSet<>();
        selections.forEach(s -> chosenGroups.add(m.slot(s).group().code()));
        List<String> accepted = new ArrayList<>();
        Assignment a = assignment;
        ValidDomains d = domains;
        for (Outcome.Default proposal : outcome.defaults()) {
            String o = proposal.option();
            if (!m.hasOption(o) || selections.contains(o) || accepted.contains(o)) {
                continue;
            }
            ProductModel.Slot s = m.slot(o);
            if (!s.group().multiple() && chosenGroups.contains(s.group().code())) {
                continue;
            }
            String take = d.isAvailable(s.variable(), s.value()) ? o : null;
            if (take == null && !s.group().multiple()) {
                ValidDomains now = d;
                take = s.group().options().stream().map(OptionDocument::code)
                        .filter(c -> now.isAvailable(m.slot(c).variable(), m.slot(c).value())).findFirst().orElse(null);
            }
            if (take != null) {
                ProductModel.Slot t = m.slot(take);
                chosenGroups.add(t.group().code());
                accepted.add(take);
                a = a.with(t.variable(), t.value());
                d = m.engine().validDomains(a);
            }
        }
        return accepted;
    }

    /** The options a rule names that this product has, chosen ones first. */
    private static List<String> involved(ProductModel m, String ruleName, List<String> selections) {
        Set<String> named = m.rules().rules().stream().filter(r -> r.name().equals(ruleName)).findFirst()
                .map(r -> r.options()).orElse(Set.of());
        LinkedHashSet<String> out = new LinkedHashSet<>();
        selections.stream().filter(named::contains).forEach(out::add);
        named.stream().filter(m::hasOption).forEach(out::add);
        return List.copyOf(out);
    }

    /** The assignment without the choices of its smallest repair (nothing, when none exists). */
    private static Assignment consistentCore(ProductModel m, ConfiguratorEngine.Diagnosis diagnosis) {
        if (diagnosis.repairs().isEmpty()) {
            return m.model().emptyAssignment();
        }
        return diagnosis.repairs().get(0).relaxed();
    }

    private static List<GroupState> groupStates(ProductModel m, List<String> selections, List<String> defaults,
                                                Assignment assignment, ValidDomains domains) {
        Set<String> chosen = Set.copyOf(selections);
        Set<String> suggested = Set.copyOf(defaults);
        // compiled models answer "could this replace the current choice?" for every chosen group in
        // one pass pair; otherwise one valid-domains query per chosen variable
        Optional<Blockers> blockers = m.engine().blockers(assignment);
        Reasons reasons = new Reasons(m, EXPLAIN_BUDGET_NANOS);
        Map<String, ValidDomains> relaxed = new HashMap<>();
        List<GroupState> groups = new ArrayList<>();
        for (GroupDocument g : m.product().groups()) {
            List<OptionState> options = new ArrayList<>();
            int count = 0;
            for (OptionDocument o : g.options()) {
                ProductModel.Slot s = m.slot(o.code());
                boolean selected = chosen.contains(o.code());
                count += selected ? 1 : 0;
                int var = m.model().variableIndex(s.variable());
                boolean available;
                if (!assignment.isAssigned(var)) {
                    available = domains.isAvailable(s.variable(), s.value());
                } else if (blockers.isPresent()) {
                    available = blockers.get().cost(var, m.model().valueIndex(var, s.value())) == 0;
                } else {
                    Assignment b = assignment.without(s.variable());
                    available = relaxed.computeIfAbsent(s.variable(), v -> m.engine().validDomains(b))
                            .isAvailable(s.variable(), s.value());
                }
                Reasons.Reason reason = available ? null : reasons.why(s, assignment);
                options.add(new OptionState(o.code(), selected, suggested.contains(o.code()), available,
                        reason == null ? null : reason.text(), reason == null ? null : reason.blockedBy(),
                        reason == null ? null : reason.rules()));
            }
            boolean satisfied = g.multiple() ? count >= g.min() && count <= g.max() : !g.required() || count == 1;
            groups.add(new GroupState(g.code(), satisfied, options));
        }
        return groups;
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
