package io.forecourt.rules;

import io.forecourt.common.web.ForecourtException;

import java.util.List;
import java.util.Map;

/** A reload whose files do not compile; the rules in service stay as they were. */
public class RulesRejected extends ForecourtException {

    private final transient List<RuleError> errors;

    public RulesRejected(List<RuleError> errors) {
        super(422, "Rules rejected", errors.size() + " error(s) in the rule files; the rules in service are unchanged",
                Map.of("errors", errors));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
