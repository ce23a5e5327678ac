package io.forecourt.configurator.model;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.engine.Assignment;
import io.forecourt.configurator.engine.ConfigModel;
import io.forecourt.configurator.engine.ConfiguratorEngine;
import io.forecourt.configurator.engine.ModelBuilder;
import io.forecourt.configurator.rules.PolicyRule;
import io.forecourt.configurator.rules.RuleBase;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product compiled for one market under one rule base: the catalogue, the constraint rules that
 * apply, and the exact engine that answers availability. Immutable; shared by all requests.
 */
public final class ProductModel {

    /** Where an option lives in the engine: a single-choice variable's value, or a 0/1 variable. */
    public record Slot(GroupDocument group, OptionDocument option, String variable, String value) {
    }

    private final ProductDocument product;
    private final String market;
    private final RuleBase rules;
    private final List<PolicyRule> constraintRules;
    private final ConfigModel model;
    private final ConfiguratorEngine engine;
    private final Map<String, Slot> slots;
    private final Map<String, String> constraintLabels;
    private final Map<String, String> constraintIds;
    private final Map<String, List<VariantTableDocument>> tablesByGroup = new HashMap<>();

    ProductModel(ProductDocument product, String market, RuleBase rules, List<PolicyRule> constraintRules,
                 ConfigModel model, ConfiguratorEngine engine, Map<String, Slot> slots,
                 Map<String, String> constraintLabels, Map<String, String> constraintIds) {
        this.product = product;
        this.market = market;
        this.rules = rules;
        this.constraintRules = constraintRules;
        this.model = model;
        this.engine = engine;
        this.slots = slots;
        this.constraintLabels = constraintLabels;
        this.constraintIds = constraintIds;
        for (VariantTableDocument t : product.tables()) {
            for (String column : t.columns()) {
                tablesByGroup.computeIfAbsent(column, k -> new java.util.ArrayList<>()).add(t);
            }
        }
    }

    /** The catalogue document this model was compiled from (identity tells a stale model). */
    public ProductDocument product() {
        return product;
    }

    public String market() {
        return market;
    }

    /** The rule base it was compiled under: Drools judges the choices with it. */
    public RuleBase rules() {
        return rules;
    }

    /** The constraint rules of {@link #rules()} that apply to this product and market. */
    public List<PolicyRule> constraintRules() {
        return constraintRules;
    }

    public ConfigModel model() {
        return model;
    }

    /** The exact engine for availability, explanations and repairs. */
    public ConfiguratorEngine engine() {
        return engine;
    }

    /** The variant tables with a column for this group. */
    List<VariantTableDocument> tablesOf(String group) {
        return tablesByGroup.getOrDefault(group, List.of());
    }

    public Slot slot(String optionCode) {
        return slots.get(optionCode);
    }

    public boolean hasOption(String optionCode) {
        return slots.containsKey(optionCode);
    }

    /** The engine assignment for chosen options: chosen values fixed, everything else free. */
    public Assignment assignmentOf(Collection<String> chosen) {
        Assignment a = model.emptyAssignment();
        for (String code : chosen) {
            Slot s = slots.get(code);
            a = a.with(s.variable(), s.value());
        }
        return a;
    }

    /** The customer-facing name of an engine constraint (a rule's sentence, a table's name). */
    public String label(String constraint) {
        return constraintLabels.getOrDefault(constraint, constraint);
    }

    /**
     * The id an engine constraint is known by outside, as in a violation's {@code rule}: a DRL rule's
     * name, a variant table's code, a multiple-choice group's code.
     */
    public String ruleId(String constraint) {
        return constraintIds.getOrDefault(constraint, constraint);
    }

    public String optionName(String code) {
        Slot s = slots.get(code);
        return s == null ? code : s.option().name();
    }

    /** The option behind an engine choice, or null for "nothing chosen" / "not chosen". */
    public String optionOf(String variable, String value) {
        if (value.equals(ConfigModel.NONE) || value.equals(ConfigModel.UNSELECTED)) {
            return null;
        }
        if (value.equals(ConfigModel.SELECTED)) {
            return variable.substring(variable.indexOf('/') + 1);
        }
        return value;
    }

    static Map<String, Slot> slotsOf(ProductDocument product) {
        Map<String, Slot> slots = new HashMap<>();
        for (GroupDocument g : product.groups()) {
            for (OptionDocument o : g.options()) {
                slots.put(o.code(), g.multiple()
                        ? new Slot(g, o, ModelBuilder.optionVariable(g.code(), o.code()), ConfigModel.SELECTED)
                        : new Slot(g, o, g.code(), o.code()));
            }
        }
        return slots;
    }
}
