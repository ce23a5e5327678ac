package io.forecourt.configurator.evaluation;

import java.util.List;

/**
 * A configuration judged as it stands under the catalogue and rules in service now: what saving,
 * quoting and accepting ask before they let it through. {@code violations} are the rules, tables and
 * conflicts it breaks; {@code openGroups} the required groups still without a choice.
 */
public record ConfigurationCheck(String product, String market, List<String> selections, boolean valid,
                                 boolean completable, boolean complete, List<Evaluation.Violation> violations,
                                 List<String> openGroups, String rulesVersion) {

    public ConfigurationCheck {
        selections = List.copyOf(selections);
        violations = List.copyOf(violations);
        openGroups = List.copyOf(openGroups);
    }

    /** Valid and complete: it can be built as it stands, so it may be saved as ready, quoted and ordered. */
    public boolean buildable() {
        return valid && complete;
    }

    public static ConfigurationCheck of(Evaluation e) {
        return new ConfigurationCheck(e.product(), e.market(), e.selections(), e.valid(), e.completable(),
                e.complete(), e.violations(), e.groups().stream().filter(g -> !g.satisfied())
                .map(Evaluation.GroupState::code).toList(), e.rulesVersion());
    }
}
