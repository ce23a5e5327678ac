package io.forecourt.configurator.rules;

import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

import java.util.Comparator;
import java.util.List;

/** One compiled generation of {@code rules/quote}: the approval policy and its version (hash of the files). */
public final class QuoteRuleBase {

    public record RuleInfo(String name, String file, int line) {
    }

    private final KieContainerSessionsPool sessions;
    private final String version;
    private final List<RuleInfo> rules;
    private final List<String> files;

    QuoteRuleBase(KieContainer container, String version, List<RuleInfo> rules, List<String> files) {
        this.sessions = container.newKieSessionsPool(8);
        this.version = version;
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
    }

    public String version() { return version; }
    public List<RuleInfo> rules() { return rules; }
    public List<String> files() { return files; }

    /** Runs the approval rules on a quote; decisions in a stable order (strongest first, then by rule). */
    public List<Approval.Decision> review(QuoteUnderReview quote, List<LineUnderReview> lines) {
        Approval approval = new Approval();
        if (rules.isEmpty()) {
            return List.of();
        }
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("approval", approval);
            session.insert(quote);
            lines.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return approval.decisions().stream()
                .sorted(Comparator.comparing(Approval.Decision::level).reversed().thenComparing(Approval.Decision::rule))
                .toList();
    }
}
