package io.forecourt.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule set in service as the admin sees it: its version (hash of its files), files, rules and, for a
 * set whose rules belong to products, which folder governs which products.
 */
public record RuleSetView(String name, String version, List<String> files, List<Scope> scopes, List<Rule> rules) {

    /** One rule: where it is written, what kind of rule it is, the products it governs, the options it names. */
    public record Rule(String name, String file, int line, String kind, Set<String> products, Set<String> options) {
    }

    /** A folder of rules and the products it governs (its rules affect no other product). */
    public record Scope(String folder, List<String> products) {
    }
}
