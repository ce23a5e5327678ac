package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Blockers;
import io.forecourt.configurator.engine.ConfigModel;
import io.forecourt.configurator.engine.Explanation;
import io.forecourt.configurator.rules.PolicyRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why an option is unavailable, in words a customer understands. Most conflicts are direct: one
 * variant table or one "excludes" rule forbids the option next to one or two current choices; those
 * are found by looking at that table or rule alone (microseconds). Indirect conflicts (A forces B,
 * B excludes the option) go to the engine's QuickXplain, within a per-click budget.
 */
final class Reasons {

    private final ProductModel m;
    private final Map<String, String> chosenByGroup = new HashMap<>();
    private final Set<String> chosen;
    private final long deadline;
    private final Assignment assignment;
    private final Optional<Blockers> blockers;

    Reasons(ProductModel m, List<String> selections, Assignment assignment, Optional<Blockers> blockers,
            long budgetNanos) {
        this.m = m;
        this.assignment = assignment;
        this.blockers = blockers;
        this.chosen = Set.copyOf(selections);
        for (String code : selections) {
            GroupDocument g = m.slot(code).group();
            if (!g.multiple()) {
                chosenByGroup.put(g.code(), code);
            }
        }
        this.deadline = System.nanoTime() + budgetNanos;
    }

    String why(ProductModel.Slot s, Assignment base) {
        if (blockers.isPresent()) {
            // compiled model: the fewest choices to change are exact and cost nothing more to read
            if (!blockers.get().possible(varOf(s), valueOf(s))) {
                // whatever the customer changes, this option cannot be had here: say so
                List<String> names = forbiddingAlone(s);
                if (!names.isEmpty()) {
                    return sentence(List.of(), names.stream().limit(3).collect(Collectors.joining("; ")));
                }
            }
            return fromBlockers(s, blockers.get());
        }
        String direct = directTable(s);
        if (direct == null) {
            direct = directRule(s);
        }
        if (direct != null) {
            return direct;
        }
        if (System.nanoTime() > deadline) {
            return "Not possible with your current choices";
        }
        Explanation e = m.engine.explain(base, s.variable(), s.value());
        String rules = e.constraints().stream().map(m::label).distinct().collect(Collectors.joining("; "));
        List<String> blocking = e.blockingChoices().stream().map(c -> m.optionOf(c.variable(), c.value()))
                .filter(Objects::nonNull).map(m::optionName).toList();
        return sentence(blocking, rules);
    }

    /**
     * Indirect conflicts on a compiled model: the fewest choices to change (exact, from the
     * diagram), and the tables and rules that connect the option with them.
     */
    private int varOf(ProductModel.Slot s) {
        return m.model.variableIndex(s.variable());
    }

    private int valueOf(ProductModel.Slot s) {
        return m.model.valueIndex(varOf(s), s.value());
    }

    private String fromBlockers(ProductModel.Slot s, Blockers b) {
        ConfigModel model = m.model;
        int var = varOf(s);
        int value = valueOf(s);
        List<String> blockingOptions = new ArrayList<>();
        Set<String> blockingGroups = new java.util.LinkedHashSet<>();
        for (int x : b.blocking(var, value)) {
            String option = m.optionOf(model.variableName(x), model.valueName(x, assignment.value(x)));
            if (option != null) {
                blockingOptions.add(option);
                blockingGroups.add(m.slot(option).group().code());
            } else {
                // "not chosen" in a multiple-choice group is not a choice the customer made; name the group
                blockingGroups.add(model.variableName(x).split("/")[0]);
            }
        }
        List<String> names = connecting(s, blockingGroups, blockingOptions, b.possible(var, value));
        String rules = names.stream().distinct().limit(3).collect(Collectors.joining("; "));
        if (!b.possible(var, value)) {
            return sentence(List.of(), rules);
        }
        return sentence(blockingOptions.stream().map(m::optionName).toList(), rules);
    }

    /**
     * The tables and rules that tie the option to its blockers: first those that name both, then
     * those that name a blocker, then those that name the option.
     */
    private List<String> connecting(ProductModel.Slot s, Set<String> blockingGroups, List<String> blockingOptions,
                                    boolean possible) {
        String group = s.group().code();
        String option = s.option().code();
        List<String> both = new ArrayList<>();
        List<String> blocker = new ArrayList<>();
        List<String> own = new ArrayList<>();
        // only the tables on the option's group or a blocker's group: big models have hundreds
        for (VariantTableDocument t : m.tablesOf(group)) {
            boolean theirs = t.columns().stream().anyMatch(blockingGroups::contains)
                    || (!possible && t.columns().contains(VariantTableDocument.MARKET));
            (theirs ? both : own).add(t.name());
        }
        for (String bg : blockingGroups) {
            for (VariantTableDocument t : m.tablesOf(bg)) {
                if (!t.columns().contains(group)) {
                    blocker.add(t.name());
                }
            }
        }
        for (PolicyRule r : m.constraintRules) {
            Set<String> named = r.options();
            boolean mine = named.contains(option);
            boolean theirs = named.stream().anyMatch(o -> blockingOptions.contains(o)
                    || (m.hasOption(o) && blockingGroups.contains(m.slot(o).group().code())));
            (mine && theirs ? both : theirs ? blocker : mine ? own : new ArrayList<String>()).add(r.name());
        }
        return !both.isEmpty() ? both : !blocker.isEmpty() ? blocker : own;
    }

    /** Tables and rules that rule the option out on their own, here (market) or anywhere. */
    private List<String> forbiddingAlone(ProductModel.Slot s) {
        List<String> out = new ArrayList<>();
        String option = s.option().code();
        for (PolicyRule r : m.constraintRules) {
            if (r.forbidsChosen().isEmpty() && r.requiresChosen().size() == 1 && r.requiresChosen().get(0).contains(option)) {
                out.add(r.name());
            }
        }
        if (!s.group().multiple()) {
            for (VariantTableDocument t : m.tablesOf(s.group().code())) {
                int own = t.columns().indexOf(s.group().code());
                int market = t.columns().indexOf(VariantTableDocument.MARKET);
                if (!fits(t, own, option, market < 0 ? List.of() : List.of(market))) {
                    out.add(t.name());
                }
            }
        }
        return out;
    }

    /** A table with this option's group where no row fits the option and one (or the) current choice. */
    private String directTable(ProductModel.Slot s) {
        if (s.group().multiple()) {
            return null;
        }
        for (VariantTableDocument t : m.tablesOf(s.group().code())) {
            int own = t.columns().indexOf(s.group().code());
            List<Integer> others = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                String col = t.columns().get(c);
                if (c != own && (col.equals(VariantTableDocument.MARKET) || chosenByGroup.containsKey(col))) {
                    others.add(c);
                }
            }
            if (fits(t, own, s.option().code(), List.of())) {
                // the option alone is fine; find the single current choice that rules it out
                for (int c : others) {
                    if (!fits(t, own, s.option().code(), List.of(c))) {
                        boolean market = t.columns().get(c).equals(VariantTableDocument.MARKET);
                        return sentence(market ? List.of() : List.of(cellName(t, c)), t.name());
                    }
                }
                if (!others.isEmpty() && !fits(t, own, s.option().code(), others)) {
                    return sentence(others.stream().map(c -> cellName(t, c)).toList(), t.name());
                }
            } else {
                return sentence(List.of(), t.name());
            }
        }
        return null;
    }

    private String cellName(VariantTableDocument t, int column) {
        String col = t.columns().get(column);
        return col.equals(VariantTableDocument.MARKET) ? "market " + m.market : m.optionName(chosenByGroup.get(col));
    }

    /** Whether some row allows the option together with the current values of {@code columns}. */
    private boolean fits(VariantTableDocument t, int own, String option, List<Integer> columns) {
        for (List<String> row : t.rows()) {
            String cell = row.get(own);
            if (!cell.equals(VariantTableDocument.ANY) && !cell.equals(option)) {
                continue;
            }
            boolean ok = true;
            for (int c : columns) {
                String col = t.columns().get(c);
                String value = col.equals(VariantTableDocument.MARKET) ? m.market : chosenByGroup.get(col);
                String rc = row.get(c);
                if (!rc.equals(VariantTableDocument.ANY) && !rc.equals(value)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rule that would fire with this option and the current choices: its other conditions are met,
     * and each of its "not" parts can only be met by changing a current one-choice group choice
     * (e.g. "leather needs Style or Premium" while the trim is Core).
     */
    private String directRule(ProductModel.Slot s) {
        String option = s.option().code();
        String ownGroup = s.group().code();
        for (PolicyRule r : m.constraintRules) {
            if (r.requiresChosen().stream().noneMatch(set -> set.contains(option))) {
                continue;
            }
            List<String> blocking = new ArrayList<>();
            boolean fires = true;
            for (Set<String> set : r.requiresChosen()) {
                if (set.contains(option)) {
                    continue;
                }
                String met = set.stream().filter(chosen::contains)
                        .filter(c -> s.group().multiple() || !m.slot(c).group().code().equals(ownGroup))
                        .findFirst().orElse(null);
                if (met == null) {
                    fires = false;
                    break;
                }
                blocking.add(m.optionName(met));
            }
            for (Set<String> forbids : r.forbidsChosen()) {
                if (!fires) {
                    break;
                }
                String lockedBy = lockedOut(forbids, ownGroup, option);
                if (lockedBy == null) {
                    fires = false;
                } else {
                    blocking.add(m.optionName(lockedBy));
                }
            }
            if (fires) {
                return sentence(blocking.stream().distinct().toList(), r.name());
            }
        }
        return null;
    }

    /** The current choice that keeps every option of {@code set} out, if one group holds them all. */
    private String lockedOut(Set<String> set, String ownGroup, String option) {
        String group = null;
        for (String code : set) {
            ProductModel.Slot slot = m.slot(code);
            if (slot == null) {
                continue;
            }
            if (code.equals(option) || slot.group().multiple() || slot.group().code().equals(ownGroup)
                    || (group != null && !group.equals(slot.group().code()))) {
                return null;
            }
            group = slot.group().code();
        }
        String current = group == null ? null : chosenByGroup.get(group);
        return current != null && !set.contains(current) ? current : null;
    }

    private String sentence(List<String> blocking, String rules) {
        if (blocking.isEmpty()) {
            return "Not offered" + (m.product.markets().size() > 1 ? " in " + m.market : "")
                    + (rules.isEmpty() ? "" : ": " + rules);
        }
        return "Not with " + String.join(", ", blocking) + (rules.isEmpty() ? "" : ": " + rules);
    }
}
