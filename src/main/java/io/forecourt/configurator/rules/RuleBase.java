package io.forecourt.configurator.rules;

import io.forecourt.rules.CompiledRules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One compiled generation of {@code rules/configurator}: a knowledge base per product line (so a
 * line's rules never see another line's products), the rules read as policy, and a version (hash of
 * the files) reported with every evaluation.
 */
public final class RuleBase {

    /** A folder of rules and the products it governs. */
    public record ProductLine(String folder, List<String> products, CompiledRules compiled) {
    }

    private final String version;
    private final List<PolicyRule> rules;
    private final List<String> files;
    private final List<ProductLine> lines;
    private final Map<String, ProductLine> byProduct;

    RuleBase(String version, List<PolicyRule> rules, List<String> files, List<ProductLine> lines) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
        this.lines = List.copyOf(lines);
        this.byProduct = lines.stream().flatMap(l -> l.products().stream().map(p -> Map.entry(p, l)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String version() {
        return version;
    }

    public List<PolicyRule> rules() {
        return rules;
    }

    public List<String> files() {
        return files;
    }

    public List<ProductLine> lines() {
        return lines;
    }

    /** Constraint rules that apply to this product in this market (only its own line's). */
    public List<PolicyRule> constraintsFor(String product, String market) {
        return rules.stream().filter(r -> r.kind() == PolicyRule.Kind.CONSTRAINT && r.appliesTo(product, market))
                .toList();
    }

    /**
     * Runs the product's line of rules on one configuration: what it breaks, what it costs extra or
     * saves, what is proposed. A product no line governs has no rules beyond the catalogue's.
     */
    public Outcome fire(String product, String market, Collection<Chosen> chosen) {
        Outcome outcome = new Outcome();
        ProductLine line = byProduct.get(product);
        if (line != null) {
            List<Object> facts = new java.util.ArrayList<>(chosen.size() + 1);
            facts.add(new Configuring(product, market));
            facts.addAll(chosen);
            line.compiled().fire(Map.of("outcome", outcome), facts);
        }
        return outcome;
    }

    public Set<String> ruleNames() {
        return rules.stream().map(PolicyRule::name).collect(Collectors.toUnmodifiableSet());
    }
}
