package io.forecourt.rules;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.utils.KieHelper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles .drl files into one {@link CompiledRules}, or says where and why not. The only Drools compiler. */
public final class RuleCompiler {

    private RuleCompiler() {
    }

    /**
     * Parses and builds every file of {@code drl} (names relative to {@code set}'s folder); each
     * located error goes to {@code errors}; answers null when there was any. The parsed rules are
     * in the answer (and in {@code parsed}, even when another file fails, so a feature can check
     * its vocabulary everywhere at once).
     */
    public static CompiledRules compile(RuleFiles set, Map<String, String> drl, List<RuleError> errors,
                                        List<ParsedRule> parsed, int poolSize) {
        int before = errors.size();
        List<ParsedRule> mine = new ArrayList<>();
        KieHelper helper = new KieHelper();
        helper.setClassLoader(RuleCompiler.class.getClassLoader());
        Map<String, String> kiePaths = new LinkedHashMap<>();
        drl.forEach((name, text) -> {
            String located = set.located(name);
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            try {
                PackageDescr pkg = parser.parse(false, text);
                if (parser.hasErrors() || pkg == null) {
                    parser.getErrors().forEach(e -> errors.add(new RuleError(located, firstLine(e.getLines()), e.getMessage())));
                } else {
                    pkg.getRules().forEach(r -> mine.add(parsed(located, r)));
                    // KIE wants a file's folder to match its package
                    String kiePath = "src/main/resources/" + pkg.getName().replace('.', '/') + "/" + name.replace('/', '_');
                    kiePaths.put(kiePath, located);
                    helper.addContent(text, kiePath);
                }
            } catch (DroolsParserException e) {
                errors.add(new RuleError(located, e.getLineNumber(), e.getMessage()));
            }
        });
        if (errors.size() == before) {
            Results results = helper.verify();
            for (Message m : results.getMessages(Message.Level.ERROR)) {
                String path = m.getPath() == null ? "" : kiePaths.getOrDefault(m.getPath(), m.getPath());
                errors.add(new RuleError(path, m.getLine(), m.getText()));
            }
        }
        Set<String> names = new HashSet<>();
        for (ParsedRule r : mine) {
            if (!names.add(r.name())) {
                errors.add(new RuleError(r.file(), r.line(), "Another rule already has the name \"" + r.name() + "\""));
            }
        }
        parsed.addAll(mine);
        return errors.size() == before ? new CompiledRules(helper.getKieContainer(), mine, poolSize) : null;
    }

    private static ParsedRule parsed(String file, RuleDescr rule) {
        List<ParsedRule.Condition> conditions = new ArrayList<>();
        AndDescr lhs = rule.getLhs();
        if (lhs != null) {
            for (BaseDescr d : lhs.getDescrs()) {
                if (d instanceof PatternDescr p) {
                    conditions.add(pattern(p, false));
                } else if (d instanceof NotDescr not && not.getDescrs().size() == 1
                        && not.getDescrs().get(0) instanceof PatternDescr p) {
                    conditions.add(pattern(p, true));
                } else {
                    conditions.add(new ParsedRule.Other(describe(d), d.getLine()));
                }
            }
        }
        return new ParsedRule(rule.getName(), file, rule.getLine(), String.valueOf(rule.getConsequence()), conditions);
    }

    private static ParsedRule.Pattern pattern(PatternDescr p, boolean negated) {
        List<String> constraints = new ArrayList<>();
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            constraints.add(c instanceof ExprConstraintDescr e ? e.getExpression() : null);
        }
        return new ParsedRule.Pattern(p.getObjectType(), negated, p.getSource() != null, constraints, p.getLine(),
                describe(p));
    }

    private static String describe(BaseDescr d) {
        return d.getText() != null ? d.getText().trim() : d.getClass().getSimpleName().replace("Descr", "");
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }
}
