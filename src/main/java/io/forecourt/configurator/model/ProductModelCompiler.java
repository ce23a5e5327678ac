package io.forecourt.configurator.model;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.engine.ConfigModel;
import io.forecourt.configurator.engine.ConfiguratorEngine;
import io.forecourt.configurator.engine.Literal;
import io.forecourt.configurator.engine.ModelBuilder;
import io.forecourt.configurator.rules.PolicyRule;
import io.forecourt.configurator.rules.RuleBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a catalogue product, its variant tables and the rules that apply into an exact engine. */
final class ProductModelCompiler {

    private ProductModelCompiler() {
    }

    static ProductModel compile(ProductDocument product, String market, RuleBase rules) {
        Map<String, ProductModel.Slot> slots = ProductModel.slotsOf(product);
        Map<String, String> labels = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        ModelBuilder b = ConfigModel.builder();
        for (GroupDocument g : product.groups()) {
            String[] codes = g.options().stream().map(OptionDocument::code).toArray(String[]::new);
            if (g.multiple()) {
                List<String> vars = new ArrayList<>();
                for (String code : codes) {
                    String var = ModelBuilder.optionVariable(g.code(), code);
                    b.variable(var, ConfigModel.UNSELECTED, ConfigModel.SELECTED);
                    vars.add(var);
                }
                String name = "group " + g.code();
                b.cardinality(name, g.min(), g.max(), vars);
                ids.put(name, g.code());
                labels.put(name, g.name() + ": choose " + (g.min() == 0 ? "up to " + g.max()
                        : g.min() == g.max() ? "exactly " + g.min() : g.min() + " to " + g.max()));
            } else {
                b.singleChoice(g.code(), !g.required(), codes);
            }
        }
        for (VariantTableDocument t : product.tables()) {
            addTable(b, t, market);
            labels.put("table " + t.code(), t.name());
            ids.put("table " + t.code(), t.code());
        }
        List<PolicyRule> applicable = rules.constraintsFor(product.code(), market);
        for (PolicyRule r : applicable) {
            List<List<Literal>> clauses = clausesOf(r, slots);
            for (int i = 0; i < clauses.size(); i++) {
                String name = clauses.size() == 1 ? "rule " + r.name() : "rule " + r.name() + " #" + (i + 1);
                b.clause(name, clauses.get(i).toArray(Literal[]::new));
                labels.put(name, r.name());
                ids.put(name, r.name());
            }
        }
        ConfigModel model = b.build();
        return new ProductModel(product, market, rules, applicable, model, ConfiguratorEngine.of(model), slots, labels,
                ids);
    }

    /** A table's rows for this market (the "@market" column is decided here, not by the engine). */
    private static void addTable(ModelBuilder b, VariantTableDocument t, String market) {
        int marketColumn = t.columns().indexOf(VariantTableDocument.MARKET);
        List<String> scope = new ArrayList<>(t.columns());
        if (marketColumn >= 0) {
            scope.remove(marketColumn);
        }
        List<String[]> tuples = new ArrayList<>(t.rows().size());
        for (List<String> row : t.rows()) {
            if (marketColumn >= 0) {
                String cell = row.get(marketColumn);
                if (!cell.equals(VariantTableDocument.ANY) && !cell.equals(market)) {
                    continue;
                }
            }
            String[] tuple = new String[scope.size()];
            int p = 0;
            for (int c = 0; c < row.size(); c++) {
                if (c == marketColumn) {
                    continue;
                }
                String cell = row.get(c);
                tuple[p++] = cell.equals(VariantTableDocument.ANY) ? ConfigModel.ANY
                        : cell.equals(VariantTableDocument.NONE) ? ConfigModel.NONE : cell;
            }
            tuples.add(tuple);
        }
        if (scope.isEmpty()) {
            return;
        }
        b.table("table " + t.code(), scope, tuples);
    }

    /**
     * A constraint rule fires when every "requires" set has a chosen option and no "forbids" set has
     * one; it must never fire, so (no option of R1 chosen) or ... or (some option of F1 chosen) or ...
     * "No option of R chosen" is a conjunction when R spans several variables; distributing it gives
     * one clause per combination. Option codes the product does not have are dropped.
     */
    static List<List<Literal>> clausesOf(PolicyRule rule, Map<String, ProductModel.Slot> slots) {
        List<Literal> some = new ArrayList<>();
        for (Set<String> forbids : rule.forbidsChosen()) {
            some.addAll(chosenLiterals(forbids, slots, false));
        }
        List<List<Literal>> clauses = new ArrayList<>();
        clauses.add(some);
        for (Set<String> requires : rule.requiresChosen()) {
            List<Literal> none = chosenLiterals(requires, slots, true);
            if (none.isEmpty()) {
                return List.of(); // nothing in this product can satisfy the condition: the rule never fires
            }
            List<List<Literal>> next = new ArrayList<>();
            for (List<Literal> clause : clauses) {
                for (Literal lit : none) {
                    List<Literal> extended = new ArrayList<>(clause);
                    extended.add(lit);
                    next.add(extended);
                }
            }
            clauses = next;
        }
        clauses.removeIf(List::isEmpty);
        return clauses;
    }

    /**
     * Literals saying "one of these options is chosen" (negated=false, to be OR-ed) or, per variable,
     * "none of these options is chosen" (negated=true, each of which must hold).
     */
    private static List<Literal> chosenLiterals(Set<String> options, Map<String, ProductModel.Slot> slots,
                                                boolean negated) {
        Map<String, List<String>> byVariable = new LinkedHashMap<>();
        for (String code : options) {
            ProductModel.Slot s = slots.get(code);
            if (s != null) {
                byVariable.computeIfAbsent(s.variable(), k -> new ArrayList<>()).add(s.value());
            }
        }
        List<Literal> literals = new ArrayList<>();
        byVariable.forEach((var, values) -> literals.add(
                new Literal(var, values, negated)));
        return literals;
    }
}
