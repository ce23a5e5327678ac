package io.forecourt.configurator.rules;

import io.forecourt.rules.ParsedRule;
import io.forecourt.rules.RuleError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each rule's conditions as policy ({@link PolicyRule}). Constraint rules (those that call
 * {@code outcome.violation}) must use the configurator's vocabulary, so that availability can be
 * computed ahead of the customer: {@code Configuring(product/market ...)}, {@code Chosen(code == ...)},
 * {@code Chosen(code in (...))} and {@code not Chosen(...)}. Anything else in a constraint rule is
 * an error naming the line; pricing and default rules may use any DRL.
 */
final class PolicyRuleReader {

    private static final Pattern EQ = Pattern.compile("^\\s*(\\w+)\\s*(==|!=)\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern IN = Pattern.compile("^\\s*(\\w+)\\s+(not\\s+in|in)\\s*\\((.*)\\)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private PolicyRuleReader() {
    }

    static List<PolicyRule> read(List<ParsedRule> parsed, List<RuleError> errors) {
        List<PolicyRule> rules = new ArrayList<>();
        for (ParsedRule rule : parsed) {
            String file = rule.file();
            String rhs = rule.consequence();
            PolicyRule.Kind kind = rhs.contains("outcome.violation(") ? PolicyRule.Kind.CONSTRAINT
                    : rhs.contains("outcome.adjust(") ? PolicyRule.Kind.PRICING
                    : rhs.contains("outcome.defaultChoice(") ? PolicyRule.Kind.DEFAULT
                    : PolicyRule.Kind.OTHER;
            Builder b = new Builder(rule.name(), file, rule.line(), kind);
            try {
                b.readAll(rule.conditions());
                rules.add(b.build());
            } catch (Unsupported e) {
                if (kind == PolicyRule.Kind.CONSTRAINT) {
                    errors.add(new RuleError(file, e.line > 0 ? e.line : rule.line(), "Rule \"" + rule.name()
                            + "\": " + e.getMessage() + ". Constraint rules may use Configuring(product/market), "
                            + "Chosen(code == \"X\"), Chosen(code in (\"X\", \"Y\")) and not Chosen(...)"));
                } else {
                    rules.add(new PolicyRule(rule.name(), file, rule.line(), kind, Set.of(), Set.of(), Set.of(),
                            List.of(), List.of()));
                }
            }
        }
        return rules;
    }

    private static final class Unsupported extends Exception {
        final int line;

        Unsupported(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private static final class Builder {
        final String name;
        final String file;
        final int line;
        final PolicyRule.Kind kind;
        final Set<String> products = new LinkedHashSet<>();
        final Set<String> markets = new LinkedHashSet<>();
        final Set<String> excludedMarkets = new LinkedHashSet<>();
        final List<Set<String>> requires = new ArrayList<>();
        final List<Set<String>> forbids = new ArrayList<>();

        Builder(String name, String file, int line, PolicyRule.Kind kind) {
            this.name = name;
            this.file = file;
            this.line = line;
            this.kind = kind;
        }

        void readAll(List<ParsedRule.Condition> conditions) throws Unsupported {
            for (ParsedRule.Condition d : conditions) {
                if (d instanceof ParsedRule.Pattern p) {
                    readPattern(p);
                } else {
                    throw new Unsupported("unsupported condition '" + d.text() + "'", d.line());
                }
            }
        }

        private void readPattern(ParsedRule.Pattern p) throws Unsupported {
            String type = p.type();
            boolean negated = p.negated();
            List<String> constraints = p.constraints();
            if (p.fromSource()) {
                throw new Unsupported("'from' and other sources are not supported", p.line());
            }
            if ("Chosen".equals(type) || type.endsWith(".Chosen")) {
                if (constraints.size() != 1) {
                    throw new Unsupported("Chosen(...) needs exactly one condition on code", p.line());
                }
                Set<String> codes = codes(constraints.get(0), "code", p.line());
                (negated ? forbids : requires).add(codes);
            } else if (("Configuring".equals(type) || type.endsWith(".Configuring")) && !negated) {
                for (String c : constraints) {
                    readConfiguring(c, p.line());
                }
            } else {
                throw new Unsupported("unsupported pattern " + (negated ? "not " : "") + type + "(...)", p.line());
            }
        }

        private void readConfiguring(String c, int line) throws Unsupported {
            String text = expression(c, line);
            Matcher eq = EQ.matcher(text);
            Matcher in = IN.matcher(text);
            String field;
            boolean positive;
            Set<String> values;
            if (eq.matches()) {
                field = eq.group(1);
                positive = eq.group(2).equals("==");
                values = Set.of(eq.group(3));
            } else if (in.matches()) {
                field = in.group(1);
                positive = in.group(2).equals("in");
                values = quoted(in.group(3));
            } else {
                throw new Unsupported("unsupported condition '" + text + "'", line);
            }
            if (field.equals("product") && positive) {
                narrow(products, values);
            } else if (field.equals("market")) {
                if (positive) {
                    narrow(markets, values);
                } else {
                    excludedMarkets.addAll(values);
                }
            } else {
                throw new Unsupported("unsupported condition '" + text + "'", line);
            }
        }

        /** Two conditions on one field both hold: keep the intersection (an empty result never fires). */
        private static void narrow(Set<String> target, Set<String> values) {
            if (target.isEmpty()) {
                target.addAll(values);
            } else {
                target.retainAll(values);
                if (target.isEmpty()) {
                    target.add("\u0000never");
                }
            }
        }

        private Set<String> codes(String c, String expected, int line) throws Unsupported {
            String text = expression(c, line);
            Matcher eq = EQ.matcher(text);
            if (eq.matches() && eq.group(1).equals(expected) && eq.group(2).equals("==")) {
                return Set.of(eq.group(3));
            }
            Matcher in = IN.matcher(text);
            if (in.matches() && in.group(1).equals(expected) && in.group(2).equals("in")) {
                return quoted(in.group(3));
            }
            throw new Unsupported("unsupported condition '" + text + "'", line);
        }

        private static String expression(String c, int line) throws Unsupported {
            if (c != null) {
                return c;
            }
            throw new Unsupported("unsupported condition", line);
        }

        private static Set<String> quoted(String list) {
            Set<String> values = new LinkedHashSet<>();
            Matcher m = QUOTED.matcher(list);
            while (m.find()) {
                values.add(m.group(1));
            }
            return values;
        }

        PolicyRule build() {
            return new PolicyRule(name, file, line, kind, Set.copyOf(products), Set.copyOf(markets),
                    Set.copyOf(excludedMarkets), List.copyOf(requires), List.copyOf(forbids));
        }
    }
}
