package io.forecourt.configurator.engine;

import java.util.List;

/**
 * Why {@code value} cannot be chosen: the customer's choices that block it (a minimal subset:
 * dropping any one of them would unblock it, other choices aside) and the constraints that,
 * together with those choices, rule it out. Empty {@code blockingChoices} means the value is
 * impossible whatever is chosen. {@code minimal} is false when the work bound stopped the
 * minimisation early; both lists are then still sufficient, only possibly longer than needed.
 */
public record Explanation(Choice value, boolean available, List<Choice> blockingChoices,
        List<String> constraints, boolean minimal) {

    public Explanation {
        blockingChoices = List.copyOf(blockingChoices);
        constraints = List.copyOf(constraints);
    }
}
