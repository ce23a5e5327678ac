package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Choice;
import io.forecourt.configurator.engine.ConfiguratorEngine;
import io.forecourt.configurator.engine.Repair;
import io.forecourt.configurator.evaluation.Evaluation;
import io.forecourt.configurator.model.ProductModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change made on the page, where the customer sees their own choices and the defaults side by side.
 * What the form posts is the product as the customer wants it to look; an option is the customer's
 * own if they chose it before or it is not the default shown for its group. When a new choice
 * cannot be kept with an earlier one of the customer's, the earlier one gives way (the engine's
 * smallest change that keeps the new choice), as a default gives way to any choice. Whatever the
 * product then shows differently from what the customer asked for is reported, so the page can say
 * "we also changed the wheels to ...".
 */
final class CustomerChange {

    /** {@code own}: the customer's choices after the change; {@code changes}: what else changed. */
    record Result(List<String> own, List<Change> changes) {
    }

    /** One group changed on the customer's behalf: {@code from} and/or {@code to} (null: nothing). */
    record Change(String from, String to) {
    }

    private CustomerChange() {
    }

    static Result apply(ProductModel m, List<String> wanted, List<String> ownBefore, List<String> suggestedBefore,
                        java.util.function.Function<List<String>, Evaluation> evaluate) {
        List<String> own = new ArrayList<>();
        for (String o : wanted) {
            if (m.hasOption(o) && (ownBefore.contains(o) || !suggestedBefore.contains(o)) && !own.contains(o)) {
                own.add(o);
            }
        }
        List<String> fresh = own.stream().filter(o -> !ownBefore.contains(o)).toList();
        Assignment a = m.assignmentOf(own);
        if (!fresh.isEmpty() && !m.engine().completable(a)) {
            Set<String> keep = new LinkedHashSet<>();
            fresh.forEach(o -> keep.add(m.slot(o).variable()));
            ConfiguratorEngine.Diagnosis d = m.engine().diagnose(a, keep);
            if (!d.repairs().isEmpty()) {
                Repair swap = d.repairs().get(0);
                for (Choice c : swap.change()) {
                    own.remove(m.optionOf(c.variable(), c.value()));
                }
                for (Choice c : swap.suggestion()) {
                    String o = m.optionOf(c.variable(), c.value());
                    if (o != null && !own.contains(o)) {
                        own.add(o);
                    }
                }
                // a one-choice group the swap emptied keeps a choice if one fits (fixed towbar -> retractable)
                for (Choice c : swap.change()) {
                    String gave = m.optionOf(c.variable(), c.value());
                    GroupDocument g = gave == null ? null : m.slot(gave).group();
                    if (g == null || g.multiple() || own.stream().anyMatch(o -> m.slot(o).group() == g)) {
                        continue;
                    }
                    var domains = m.engine().validDomains(m.assignmentOf(own));
                    g.options().stream().map(OptionDocument::code).filter(o -> !o.equals(gave))
                            .filter(o -> domains.isAvailable(m.slot(o).variable(), m.slot(o).value()))
                            .findFirst().ifPresent(own::add);
                }
            }
        }
        Evaluation after = evaluate.apply(own);
        List<String> shown = new ArrayList<>(own);
        shown.addAll(after.defaults());
        List<Change> changes = new ArrayList<>();
        for (GroupDocument g : m.product().groups()) {
            List<String> codes = g.options().stream().map(OptionDocument::code).toList();
            List<String> before = wanted.stream().filter(codes::contains).toList();
            List<String> now = shown.stream().filter(codes::contains).toList();
            // only what the customer saw change: a group they left open that a default now fills is no news
            if (g.multiple()) {
                before.stream().filter(o -> !now.contains(o)).forEach(o -> changes.add(new Change(o, null)));
            } else if (!before.isEmpty() && !before.equals(now)) {
                changes.add(new Change(before.isEmpty() ? null : before.get(0), now.isEmpty() ? null : now.get(0)));
            }
        }
        return new Result(own, changes);
    }

    /** "Wheels: 16" steel wheels → 17" alloy wheels" for each change that names options of this product. */
    static List<String> describe(ProductModel m, List<Change> changes) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            String code = c.from() != null ? c.from() : c.to();
            if (code == null || !m.hasOption(code) || (c.to() != null && !m.hasOption(c.to()))) {
                continue;
            }
            String group = m.slot(code).group().name();
            if (c.from() != null && c.to() != null) {
                out.add(group + ": " + m.optionName(c.from()) + " → " + m.optionName(c.to()));
            } else if (c.from() != null) {
                out.add(group + ": removed " + m.optionName(c.from()));
            } else {
                out.add(group + ": added " + m.optionName(c.to()));
            }
        }
        return out;
    }

    static List<Change> parse(String text) {
        List<Change> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int tilde = part.indexOf('~');
            if (tilde < 0 || out.size() >= 20) {
                continue;
            }
            String from = part.substring(0, tilde).trim();
            String to = part.substring(tilde + 1).trim();
            out.add(new Change(from.isEmpty() ? null : from, to.isEmpty() ? null : to));
        }
        return out;
    }
}
