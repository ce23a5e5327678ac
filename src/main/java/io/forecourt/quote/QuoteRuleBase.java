package io.forecourt.quote;

import io.forecourt.rules.CompiledRules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One compiled generation of {@code rules/quote}: the approval policy and its version (hash of the files). */
public final class QuoteRuleBase {

    private final CompiledRules compiled;
    private final String version;
    private final List<String> files;

    QuoteRuleBase(CompiledRules compiled, String version, List<String> files) {
        this.compiled = compiled;
        this.version = version;
        this.files = List.copyOf(files);
    }

    public List<String> files() {
        return files;
    }

    public String version() {
        return version;
    }

    public CompiledRules compiled() {
        return compiled;
    }

    /** Runs the approval rules on a quote; decisions in a stable order (strongest first, then by rule). */
    public List<Approval.Decision> review(QuoteUnderReview quote, List<LineUnderReview> lines) {
        Approval approval = new Approval();
        List<Object> facts = new java.util.ArrayList<>(lines);
        facts.add(0, quote);
        compiled.fire(Map.of("approval", approval), facts);
        return approval.decisions().stream()
                .sorted(Comparator.comparing(Approval.Decision::level).reversed().thenComparing(Approval.Decision::rule))
                .toList();
    }
}
