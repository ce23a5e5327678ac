package io.forecourt.configurator.rules;

import io.forecourt.rules.CompiledRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The global {@code outcome} rules write to. A rule's name is its identity: violations and
 * adjustments carry it, so a customer and an analyst see which policy spoke.
 */
public class Outcome {

    public record Violation(String rule, String message) {
    }

    public record Adjustment(String rule, String label, BigDecimal amount) {
    }

    public record Default(String rule, String option) {
    }

    private final List<Violation> violations = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Default> defaults = new ArrayList<>();

    /** The configuration breaks this rule; {@code message} is shown to the customer. */
    public void violation(Object drools, String message) {
        violations.add(new Violation(CompiledRules.firingRule(drools), message));
    }

    /** A price adjustment (negative for a saving) shown with {@code label}. */
    public void adjust(Object drools, String label, Number amount) {
        adjustments.add(new Adjustment(CompiledRules.firingRule(drools), label, new BigDecimal(amount.toString())));
    }

    /** Proposes {@code option} when the customer has not chosen in its group. */
    public void defaultChoice(Object drools, String option) {
        defaults.add(new Default(CompiledRules.firingRule(drools), option));
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Adjustment> adjustments() {
        return adjustments;
    }

    public List<Default> defaults() {
        return defaults;
    }
}
