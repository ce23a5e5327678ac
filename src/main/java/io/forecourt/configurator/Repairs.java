package io.forecourt.configurator;

import io.forecourt.configurator.Evaluation.Violation;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Choice;
import io.forecourt.configurator.engine.Repair;
import io.forecourt.configurator.rules.PolicyRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * For each violation, the smallest changes that resolve it and keep a complete valid car
 * reachable: each becomes a one-click fix on the page.
 */
final class Repairs {

    static final int PER_VIOLATION = 3;

    private Repairs() {
    }

    static List<Evaluation.Repair> propose(ProductModel m, List<String> selections, Assignment assignment,
                                           boolean consistent, List<Violation> violations) {
        List<Evaluation.Repair> out = new ArrayList<>();
        List<Evaluation.Repair> general = null;
        for (Violation v : violations) {
            Optional<PolicyRule> rule = m.constraintRules.stream().filter(r -> r.name().equals(v.rule())).findFirst();
            List<Evaluation.Repair> found = rule.map(r -> fromRule(m, selections, r)).orElse(List.of());
            if (found.isEmpty()) {
                if (general == null) {
                    general = consistent ? dropInvolved(m, selections, v) : fromEngine(m, selections, assignment);
                }
                found = consistent ? dropInvolved(m, selections, v) : general;
            }
            found.stream().limit(PER_VIOLATION)
                    .map(r -> new Evaluation.Repair(v.rule(), r.label(), r.add(), r.remove(), r.selections()))
                    .forEach(out::add);
        }
        return out;
    }

    /** "A requires B": add B (or one of its alternatives), or give up A. Only changes that lead somewhere. */
    private static List<Evaluation.Repair> fromRule(ProductModel m, List<String> selections, PolicyRule rule) {
        List<Evaluation.Repair> out = new ArrayList<>();
        for (Set<String> forbids : rule.forbidsChosen()) {
            for (String add : forbids) {
                if (m.hasOption(add)) {
                    tryChange(m, selections, List.of(add), List.of()).ifPresent(out::add);
                }
            }
        }
        for (Set<String> requires : rule.requiresChosen()) {
            List<String> remove = selections.stream().filter(requires::contains).toList();
            if (!remove.isEmpty()) {
                tryChange(m, selections, List.of(), remove).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Drop one of the violation's options at a time. */
    private static List<Evaluation.Repair> dropInvolved(ProductModel m, List<String> selections, Violation v) {
        List<Evaluation.Repair> out = new ArrayList<>();
        for (String option : v.options()) {
            if (selections.contains(option)) {
                tryChange(m, selections, List.of(), List.of(option)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The engine's smallest sets of choices to change, with values that complete the car. */
    private static List<Evaluation.Repair> fromEngine(ProductModel m, List<String> selections, Assignment a) {
        List<Evaluation.Repair> out = new ArrayList<>();
        for (Repair r : m.engine.repairs(a)) {
            List<String> remove = new ArrayList<>();
            for (Choice c : r.change()) {
                String option = m.optionOf(c.variable(), a.choices().get(c.variable()));
                if (option != null) {
                    remove.add(option);
                }
            }
            List<String> add = r.suggestion().stream().map(c -> m.optionOf(c.variable(), c.value()))
                    .filter(Objects::nonNull).filter(o -> !selections.contains(o)).toList();
            out.add(build(m, selections, add, remove));
        }
        return out;
    }

    /** The change applied (adding to a single-choice group replaces its choice), if it still completes. */
    private static Optional<Evaluation.Repair> tryChange(ProductModel m, List<String> selections, List<String> add,
                                                         List<String> remove) {
        List<String> alsoRemove = new ArrayList<>(remove);
        for (String a : add) {
            ProductModel.Slot s = m.slot(a);
            if (!s.group().multiple()) {
                selections.stream().filter(o -> m.slot(o).group().code().equals(s.group().code()) && !o.equals(a))
                        .forEach(alsoRemove::add);
            }
        }
        Evaluation.Repair r = build(m, selections, add, alsoRemove);
        boolean completes = m.engine.validDomains(m.assignmentOf(r.selections())).consistent();
        return completes ? Optional.of(r) : Optional.empty();
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
