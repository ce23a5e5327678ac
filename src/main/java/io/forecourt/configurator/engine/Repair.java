package io.forecourt.configurator.engine;

import java.util.List;

/**
 * One smallest way out of a conflict: give up the choices in {@code change}; {@code suggestion}
 * gives each of those variables a value that completes to a valid configuration, and
 * {@code relaxed} is the assignment without them (with the requested value set, if any).
 */
public record Repair(List<Choice> change, List<Choice> suggestion, Assignment relaxed) {

    public Repair {
        change = List.copyOf(change);
        suggestion = List.copyOf(suggestion);
    }
}
