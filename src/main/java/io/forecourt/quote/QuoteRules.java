package io.forecourt.quote;

import io.forecourt.rules.CompiledRules;
import io.forecourt.rules.RuleCompiler;
import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;
import io.forecourt.rules.RuleSet;
import io.forecourt.rules.RuleSetView;
import io.forecourt.rules.Rules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quote approval policy ({@code rules/quote}), registered with {@link Rules}. Facts:
 * {@link QuoteUnderReview} and {@link LineUnderReview}; global {@code approval} ({@link Approval}).
 * The folder is optional: without it no quote needs approval.
 */
@ApplicationScoped
public class QuoteRules implements RuleSet<QuoteRuleBase> {

    @Inject
    Rules rules;

    /** The approval rules in service. */
    public QuoteRuleBase current() {
        return rules.current(this);
    }

    @Override
    public String folder() {
        return "quote";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public QuoteRuleBase compile(RuleFiles files, List<RuleError> errors) {
        CompiledRules compiled = RuleCompiler.compile(files, files.drl(), errors, new ArrayList<>(), 8);
        return compiled == null ? null : new QuoteRuleBase(compiled, files.version(),
                files.drl().keySet().stream().map(files::located).toList());
    }

    @Override
    public RuleSetView describe(QuoteRuleBase base) {
        return new RuleSetView(folder(), base.version(), base.files(), List.of(), base.compiled().rules().stream()
                .map(r -> new RuleSetView.Rule(r.name(), r.file(), r.line(), "approval", Set.of(), Set.of())).toList());
    }
}
