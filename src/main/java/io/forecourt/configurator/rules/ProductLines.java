package io.forecourt.configurator.rules;

import io.forecourt.rules.CompiledRules;
import io.forecourt.rules.ParsedRule;
import io.forecourt.rules.RuleCompiler;
import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles {@code rules/configurator}: one folder per product line, each with a {@code products.txt}
 * naming the catalogue products it governs (one code a line or separated by commas; {@code #} starts
 * a comment). A line's rules are compiled into their own knowledge base and read as policy for its
 * products only, so a rule cannot reach a product it does not declare, whatever codes they share.
 */
final class ProductLines {

    static final String DECLARATION = "products.txt";

    private ProductLines() {
    }

    /** Adds every located error to {@code errors}; answers null when there is any. */
    static RuleBase compile(RuleFiles files, List<RuleError> errors) {
        int before = errors.size();
        Map<String, Map<String, String>> drlByLine = new LinkedHashMap<>();
        Set<String> folders = new TreeSet<>();
        files.files().keySet().forEach(name -> {
            int slash = name.indexOf('/');
            if (slash < 0) {
                if (name.endsWith(".drl")) {
                    errors.add(new RuleError(files.located(name), 0, "A rule file belongs to a product line: move it into"
                            + " a folder of " + files.prefix() + "/ whose " + DECLARATION + " names the products it governs"));
                }
            } else {
                folders.add(name.substring(0, slash));
            }
        });
        files.drl().forEach((name, text) -> {
            int slash = name.indexOf('/');
            if (slash > 0) {
                drlByLine.computeIfAbsent(name.substring(0, slash), k -> new LinkedHashMap<>()).put(name, text);
            }
        });
        Map<String, String> governedBy = new LinkedHashMap<>();
        List<RuleBase.ProductLine> lines = new ArrayList<>();
        List<PolicyRule> policy = new ArrayList<>();
        for (String folder : folders) {
            String declaration = folder + "/" + DECLARATION;
            List<String> products = files.text(declaration).map(ProductLines::codes).orElse(List.of());
            if (products.isEmpty()) {
                errors.add(new RuleError(files.located(declaration), 0, "Name the products the rules in "
                        + files.located(folder) + "/ govern (catalogue codes, one a line)"));
            }
            for (String p : products) {
                String other = governedBy.putIfAbsent(p, folder);
                if (other != null) {
                    errors.add(new RuleError(files.located(declaration), 0, "Product " + p + " is governed by "
                            + files.located(other) + "/ already; a product belongs to one product line"));
                }
            }
            List<ParsedRule> parsed = new ArrayList<>();
            CompiledRules compiled = RuleCompiler.compile(files, drlByLine.getOrDefault(folder, Map.of()), errors, parsed, 16);
            for (PolicyRule r : PolicyRuleReader.read(parsed, errors)) {
                policy.add(scoped(r, folder, products, errors));
            }
            if (compiled != null) {
                lines.add(new RuleBase.ProductLine(folder, products, compiled));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        return errors.size() > before ? null : new RuleBase(files.version(), policy,
                files.files().keySet().stream().map(files::located).filter(names::add).toList(), lines);
    }

    /** A rule governs its line's products, or those of them its Configuring(product ...) names. */
    private static PolicyRule scoped(PolicyRule r, String folder, List<String> products, List<RuleError> errors) {
        Set<String> named = new LinkedHashSet<>(r.products());
        named.removeIf(p -> p.startsWith("\u0000"));
        if (!products.containsAll(named)) {
            Set<String> foreign = new LinkedHashSet<>(named);
            products.forEach(foreign::remove);
            errors.add(new RuleError(r.file(), r.line(), "Rule \"" + r.name() + "\" names product(s) " + foreign
                    + " that " + folder + "/" + DECLARATION + " does not declare"));
        }
        Set<String> scope = r.products().isEmpty() ? Set.copyOf(products) : r.products();
        return new PolicyRule(r.name(), r.file(), r.line(), r.kind(), scope, r.markets(), r.excludedMarkets(),
                r.requiresChosen(), r.forbidsChosen());
    }

    static List<String> codes(String declaration) {
        List<String> codes = new ArrayList<>();
        for (String line : declaration.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            Arrays.stream(content.split("[,\\s]+")).map(String::trim).filter(c -> !c.isEmpty())
                    .filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        return codes;
    }
}
