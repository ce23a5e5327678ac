package io.forecourt.configurator.engine;

import java.util.List;

/**
 * One way out of a conflict: give up the choices in {@code change}; {@code suggestion} gives
 * each of those variables a value that completes to a valid configuration, and {@code relaxed}
 * is the assignment without them (with the requested value set, if any). {@code minimum} says
 * no smaller repair exists; when false (the search bound was hit) no choice of {@code change}
 * can be kept, but a smaller set might exist.
 */
public record Repair(List<Choice> change, List<Choice> suggestion, Assignment relaxed, boolean minimum) {

    public Repair {
        change = List.copyOf(change);
        suggestion = List.copyOf(suggestion);
    }
}
