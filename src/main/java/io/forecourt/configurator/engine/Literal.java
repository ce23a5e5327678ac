package io.forecourt.configurator.engine;

import java.util.List;
import java.util.Objects;

/**
 * One literal of a business-rule clause: {@code variable ∈ values} (or {@code ∉} when negated).
 * "Leather requires premium trim" is {@code clause(isNot("interior","LEATHER"), is("trim","PREMIUM"))}.
 */
public record Literal(String variable, List<String> values, boolean negated) {

    public Literal {
        Objects.requireNonNull(variable, "variable");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("literal on " + variable + " names no value");
        }
    }

    public static Literal is(String variable, String... values) {
        return new Literal(variable, List.of(values), false);
    }

    public static Literal isNot(String variable, String... values) {
        return new Literal(variable, List.of(values), true);
    }
}
