package io.forecourt.rules;

import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One compiled Drools knowledge base and the rules in it. Sessions come from Drools' pool (creating
 * one costs more than firing the rules); disposing returns a session reset to empty.
 */
public final class CompiledRules {

    private final KieContainerSessionsPool sessions;
    private final List<ParsedRule> rules;

    CompiledRules(KieContainer container, List<ParsedRule> rules, int poolSize) {
        this.sessions = container.newKieSessionsPool(poolSize);
        this.rules = List.copyOf(rules);
    }

    public List<ParsedRule> rules() {
        return rules;
    }

    /** Sets the globals, inserts the facts and fires every rule that matches. */
    public void fire(Map<String, Object> globals, Collection<?> facts) {
        if (rules.isEmpty()) {
            return;
        }
        KieSession session = sessions.newKieSession();
        try {
            globals.forEach(session::setGlobal);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /**
     * The name of the rule whose consequence is running; a vocabulary method takes DRL's
     * {@code drools} as an {@code Object} and asks here, so no feature needs a Drools type.
     */
    public static String firingRule(Object drools) {
        return ((RuleContext) drools).getRule().getName();
    }
}
