package io.forecourt.configurator.evaluation;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.evaluation.Evaluation.Violation;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Choice;
import io.forecourt.configurator.engine.Repair;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.rules.PolicyRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * For each violation, the smallest changes that resolve it and keep a complete valid product
 * reachable: each becomes a one-click fix on the page. Candidates come from the violated rule or
 * table itself and from the engine's smallest repairs (computed once per evaluation); a candidate is
 * filed under a violation only after checking that, applied, it really ends that violation and
 * leaves a completable selection.
 */
final class Repairs {

    static final int PER_VIOLATION = 3;
    /** Candidates checked per violation (each check is one pass over the compiled model). */
    private static final int MAX_CANDIDATES = 60;

    private Repairs() {
    }

    static List<Evaluation.Repair> propose(ProductModel m, List<String> selections, List<Violation> violations,
                                           List<Repair> engineRepairs) {
        List<Evaluation.Repair> fromEngine = engineRepairs.stream().map(r -> fromEngine(m, selections, r)).toList();
        List<Evaluation.Repair> out = new ArrayList<>();
        for (Violation v : violations) {
            List<Evaluation.Repair> candidates = new ArrayList<>(own(m, selections, v));
            candidates.addAll(fromEngine);
            Set<List<String>> seen = new HashSet<>();
            int filed = 0;
            int checked = 0;
            for (Evaluation.Repair r : candidates) {
                if (filed == PER_VIOLATION || checked++ == MAX_CANDIDATES) {
                    break;
                }
                List<String> result = r.selections();
                if (seen.add(List.copyOf(new java.util.TreeSet<>(result))) && !stillBroken(m, v, result)
                        && m.engine().completable(m.assignmentOf(result))) {
                    out.add(new Evaluation.Repair(v.rule(), r.label(), r.add(), r.remove(), r.selections()));
                    filed++;
                }
            }
        }
        return out;
    }

    /** Whether the violation would still be there after the change. */
    static boolean stillBroken(ProductModel m, Violation v, List<String> result) {
        if (v.rule().startsWith(Evaluation.CONFLICT)) {
            return result.containsAll(v.options());
        }
        Optional<PolicyRule> rule = rule(m, v);
        if (rule.isPresent()) {
            return fires(rule.get(), result);
        }
        Optional<GroupDocument> group = m.product().group(v.rule()).filter(GroupDocument::multiple);
        if (group.isPresent()) {
            return result.stream().filter(o -> m.slot(o).group().code().equals(group.get().code())).count()
                    > group.get().max();
        }
        return SelectionChecks.tableViolations(m, result).stream().anyMatch(t -> t.rule().equals(v.rule()));
    }

    /** A constraint rule read as policy fires when every "requires" set has a choice and no "forbids" set has one. */
    static boolean fires(PolicyRule r, List<String> selection) {
        return r.requiresChosen().stream().allMatch(set -> selection.stream().anyMatch(set::contains))
                && r.forbidsChosen().stream().noneMatch(set -> selection.stream().anyMatch(set::contains));
    }

    private static Optional<PolicyRule> rule(ProductModel m, Violation v) {
        return m.constraintRules().stream().filter(r -> r.name().equals(v.rule())).findFirst();
    }

    /** Changes suggested by the violated rule, table or group itself (checked by the caller). */
    private static List<Evaluation.Repair> own(ProductModel m, List<String> selections, Violation v) {
        List<Evaluation.Repair> out = new ArrayList<>();
        Optional<PolicyRule> rule = rule(m, v);
        if (rule.isPresent()) {
            // "A requires B": add B (or one of its alternatives), or give up A
            for (Set<String> forbids : rule.get().forbidsChosen()) {
                forbids.stream().filter(m::hasOption).forEach(add -> out.add(change(m, selections, List.of(add), List.of())));
            }
            for (Set<String> requires : rule.get().requiresChosen()) {
                List<String> remove = selections.stream().filter(requires::contains).toList();
                if (!remove.isEmpty()) {
                    out.add(change(m, selections, List.of(), remove));
                }
            }
            return out;
        }
        if (v.rule().startsWith(Evaluation.CONFLICT)) {
            return out;
        }
        for (String option : v.options()) {
            if (selections.contains(option)) {
                out.add(change(m, selections, List.of(), List.of(option)));
            }
        }
        // a table: another option in one of its groups (an empty optional group included)
        m.product().tables().stream().filter(t -> t.code().equals(v.rule())).findFirst().ifPresent(t -> {
            for (String column : t.columns()) {
                if (column.equals(VariantTableDocument.MARKET)) {
                    continue;
                }
                m.product().group(column).ifPresent(g -> {
                    for (OptionDocument o : g.options()) {
                        if (!selections.contains(o.code())) {
                            out.add(change(m, selections, List.of(o.code()), List.of()));
                        }
                    }
                });
            }
        });
        return out;
    }

    /** An engine repair: give up its choices, taking the values of a completion in their place. */
    private static Evaluation.Repair fromEngine(ProductModel m, List<String> selections, Repair r) {
        List<String> remove = new ArrayList<>();
        for (Choice c : r.change()) {
            String option = m.optionOf(c.variable(), c.value());
            if (option != null) {
                remove.add(option);
            }
        }
        List<String> add = r.suggestion().stream().map(c -> m.optionOf(c.variable(), c.value()))
                .filter(Objects::nonNull).filter(o -> !selections.contains(o)).toList();
        return build(m, selections, add, remove);
    }

    /** The change applied (adding to a single-choice group replaces its choice). */
    private static Evaluation.Repair change(ProductModel m, List<String> selections, List<String> add,
                                            List<String> remove) {
        List<String> alsoRemove = new ArrayList<>(remove);
        for (String a : add) {
            ProductModel.Slot s = m.slot(a);
            if (!s.group().multiple()) {
                selections.stream().filter(o -> m.slot(o).group().code().equals(s.group().code()) && !o.equals(a))
                        .forEach(alsoRemove::add);
            }
        }
        return build(m, selections, add, alsoRemove);
    }

    private static Evaluation.Repair build(ProductModel m, List<String> selections, List<String> add,
                                           List<String> remove) {
        LinkedHashSet<String> next = new LinkedHashSet<>(selections);
        next.removeAll(remove);
        next.addAll(add);
        String label;
        if (add.size() == 1 && remove.size() == 1) {
            label = "Replace " + m.optionName(remove.get(0)) + " with " + m.optionName(add.get(0));
        } else {
            List<String> parts = new ArrayList<>();
            if (!remove.isEmpty()) {
                parts.add("Remove " + String.join(", ", remove.stream().map(m::optionName).toList()));
            }
            if (!add.isEmpty()) {
                parts.add("add " + String.join(", ", add.stream().map(m::optionName).toList()));
            }
            String joined = String.join(" and ", parts);
            label = joined.isEmpty() ? "Keep as is" : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        }
        return new Evaluation.Repair(null, label, List.copyOf(add), List.copyOf(remove), List.copyOf(next));
    }
}
