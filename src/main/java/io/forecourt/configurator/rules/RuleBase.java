package io.forecourt.configurator.rules;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One compiled generation of the rules folder: the Drools knowledge base, the rules read as policy,
 * and a version (hash of the files' names and contents) reported with every evaluation.
 */
public final class RuleBase {

    private final String version;
    private final List<PolicyRule> rules;
    private final List<String> files;
    private final KieContainerSessionsPool sessions;

    RuleBase(KieContainer container, String version, List<PolicyRule> rules, List<String> files) {
        this.sessions = container.newKieSessionsPool(16);
        this.version = version;
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
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

    /** Constraint rules that apply to this product in this market. */
    public List<PolicyRule> constraintsFor(String product, String market) {
        return rules.stream().filter(r -> r.kind() == PolicyRule.Kind.CONSTRAINT && r.appliesTo(product, market))
                .toList();
    }

    /**
     * Runs the rules on one configuration: what it breaks, what it costs extra or saves, what is
     * proposed. Sessions come from Drools' pool (creating one costs more than firing the rules);
     * disposing returns a session reset to empty.
     */
    public Outcome fire(String product, String market, Collection<Chosen> chosen) {
        Outcome outcome = new Outcome();
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("outcome", outcome);
            session.insert(new Configuring(product, market));
            for (Chosen c : chosen) {
                session.insert(c);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return outcome;
    }

    public Set<String> ruleNames() {
        return rules.stream().map(PolicyRule::name).collect(Collectors.toUnmodifiableSet());
    }
}
