package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.configurator.Evaluation.GroupState;
import io.forecourt.configurator.Evaluation.OptionState;
import io.forecourt.configurator.Evaluation.Violation;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Blockers;
import io.forecourt.configurator.engine.Explanation;
import io.forecourt.configurator.engine.ValidDomains;
import io.forecourt.configurator.rules.Chosen;
import io.forecourt.configurator.rules.Outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One evaluation of a selection: Drools judges the selection as it stands (violations, price
 * adjustments, defaults); the engine looks ahead (which options keep a complete valid car
 * reachable, why the others do not, how to get out of a conflict).
 */
final class Evaluator {

    /** Indirect conflicts are explained by search; past this budget per click they get a plain reason. */
    static final long EXPLAIN_BUDGET_NANOS = 40_000_000L;

    private Evaluator() {
    }

    static Evaluation evaluate(ProductModel m, List<String> selections) {
        List<Chosen> facts = selections.stream().map(c -> new Chosen(c, m.slot(c).group().code())).toList();
        Outcome outcome = m.rules.fire(m.product.code(), m.market, facts);

        List<Violation> violations = new ArrayList<>();
        for (Outcome.Violation v : outcome.violations()) {
            violations.add(new Violation(v.rule(), v.message(), involved(m, v.rule(), selections)));
        }
        Assignment assignment = m.assignmentOf(selections);
        ValidDomains domains = m.engine.validDomains(assignment);
        boolean consistent = domains.consistent();
        if (!consistent) {
            // a complete valid car extends consistent choices, so only a conflict can break a table
            violations.addAll(SelectionChecks.tableViolations(m, selections));
        }
        violations.addAll(SelectionChecks.cardinalityViolations(m, selections));

        List<Evaluation.Repair> repairs = Repairs.propose(m, selections, assignment, consistent, violations);
        // In a conflict nothing completes; judge the other options against the choices that are not
        // part of it (the smallest repair's), so the page shows how to get out, not a wall of grey.
        Assignment core = consistent ? assignment : consistentCore(m, assignment);
        ValidDomains coreDomains = core == assignment ? domains : m.engine.validDomains(core);
        List<String> coreSelections = core == assignment ? selections : selections.stream()
                .filter(o -> core.isAssigned(core.model().variableIndex(m.slot(o).variable()))).toList();
        List<GroupState> groups = groupStates(m, selections, coreSelections, core, coreDomains);
        boolean complete = groups.stream().allMatch(GroupState::satisfied);

        List<String> defaults = defaults(m, selections, outcome, assignment, domains);

        return new Evaluation(m.product.code(), m.market, selections, violations.isEmpty(), complete,
                Pricing.price(m, selections, outcome), violations, groups, repairs, defaults, m.rules.version());
    }

    /**
     * Proposed defaults, accepted one by one only while the car stays completable with all of them
     * (each alone might fit while two together do not).
     */
    private static List<String> defaults(ProductModel m, List<String> selections, Outcome outcome,
                                         Assignment assignment, ValidDomains domains) {
        Set<String> chosenGroups = new java.util.HashSet<>();
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
            if (!s.group().multiple() && !chosenGroups.add(s.group().code())) {
                continue;
            }
            if (d.isAvailable(s.variable(), s.value())) {
                accepted.add(o);
                a = a.with(s.variable(), s.value());
                d = m.engine.validDomains(a);
            }
        }
        return accepted;
    }

    /** The options a rule names that this product has, chosen ones first. */
    private static List<String> involved(ProductModel m, String ruleName, List<String> selections) {
        Set<String> named = m.rules.rules().stream().filter(r -> r.name().equals(ruleName)).findFirst()
                .map(r -> r.options()).orElse(Set.of());
        LinkedHashSet<String> out = new LinkedHashSet<>();
        selections.stream().filter(named::contains).forEach(out::add);
        named.stream().filter(m::hasOption).forEach(out::add);
        return List.copyOf(out);
    }

    /** The assignment without the choices of its smallest repair. */
    private static Assignment consistentCore(ProductModel m, Assignment assignment) {
        List<io.forecourt.configurator.engine.Repair> repairs = m.engine.repairs(assignment);
        if (repairs.isEmpty()) {
            return m.model.emptyAssignment();
        }
        Assignment core = assignment;
        for (io.forecourt.configurator.engine.Choice c : repairs.get(0).change()) {
            core = core.without(c.variable());
        }
        return core;
    }

    private static List<GroupState> groupStates(ProductModel m, List<String> selections, List<String> coreSelections,
                                                Assignment assignment, ValidDomains domains) {
        Set<String> chosen = Set.copyOf(selections);
        // compiled models answer "could this replace the current choice?" for every chosen group in
        // one pass pair; otherwise one valid-domains query per chosen variable
        Optional<Blockers> blockers = m.engine.blockers(assignment);
        Reasons reasons = new Reasons(m, coreSelections, assignment, blockers, EXPLAIN_BUDGET_NANOS);
        Map<String, ValidDomains> relaxed = new HashMap<>();
        List<GroupState> groups = new ArrayList<>();
        for (GroupDocument g : m.product.groups()) {
            List<OptionState> options = new ArrayList<>();
            int count = 0;
            for (OptionDocument o : g.options()) {
                ProductModel.Slot s = m.slot(o.code());
                boolean selected = chosen.contains(o.code());
                count += selected ? 1 : 0;
                int var = m.model.variableIndex(s.variable());
                Assignment base = assignment;
                boolean available;
                if (!assignment.isAssigned(var)) {
                    available = domains.isAvailable(s.variable(), s.value());
                } else {
                    base = assignment.without(s.variable());
                    if (blockers.isPresent()) {
                        available = blockers.get().cost(var, m.model.valueIndex(var, s.value())) == 0;
                    } else {
                        Assignment b = base;
                        available = relaxed.computeIfAbsent(s.variable(), v -> m.engine.validDomains(b))
                                .isAvailable(s.variable(), s.value());
                    }
                }
                String reason = available ? null : reasons.why(s, base);
                options.add(new OptionState(o.code(), selected, available, reason));
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
