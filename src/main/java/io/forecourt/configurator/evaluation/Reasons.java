package io.forecourt.configurator.evaluation;

import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.Explanation;
import io.forecourt.configurator.model.ProductModel;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why an option is unavailable, read off the engine's explanation rather than guessed from the rules'
 * text: QuickXplain finds a smallest set of the customer's current choices that exclude the option,
 * then a smallest set of rules, tables and group limits that exclude it together with those choices.
 * So a reason names only rules that really take part ("Yellow is reserved for the Sport package", not
 * a leather rule when no leather was chosen). Past the per-click budget (very large models), an
 * option gets a plain reason that names nothing rather than something unproven.
 */
final class Reasons {

    /** The words, the choices that exclude the option (codes) and the rule ids involved. */
    record Reason(String text, List<String> blockedBy, List<String> rules) {
    }

    private final ProductModel m;
    private final long deadline;

    Reasons(ProductModel m, long budgetNanos) {
        this.m = m;
        this.deadline = System.nanoTime() + budgetNanos;
    }

    /** Why {@code s} cannot be chosen next to the choices of {@code base} (its own group's choice aside). */
    Reason why(ProductModel.Slot s, Assignment base) {
        if (System.nanoTime() > deadline) {
            return new Reason("Not possible with your current choices", null, null);
        }
        Explanation e = m.engine().explain(base, s.variable(), s.value());
        if (e.available()) {
            return new Reason("Not possible with your current choices", null, null);
        }
        List<String> blocking = e.blockingChoices().stream().map(c -> m.optionOf(c.variable(), c.value()))
                .filter(Objects::nonNull).toList();
        List<String> ids = e.constraints().stream().map(m::ruleId).distinct().toList();
        String rules = e.constraints().stream().map(m::label).distinct().collect(Collectors.joining("; "));
        return new Reason(sentence(blocking.stream().map(m::optionName).toList(), rules), blocking, ids);
    }

    private String sentence(List<String> blocking, String rules) {
        if (blocking.isEmpty()) {
            return "Not offered" + (m.product().markets().size() > 1 ? " in " + m.market() : "")
                    + (rules.isEmpty() ? "" : ": " + rules);
        }
        return "Not with " + String.join(", ", blocking) + (rules.isEmpty() ? "" : ": " + rules);
    }
}
