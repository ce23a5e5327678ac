package io.forecourt.rules;

import java.util.List;

/**
 * A rule as written, without Drools types, so a feature can read its conditions against its own
 * vocabulary (the configurator reads constraint rules as policy) and refuse what it cannot use.
 *
 * @param file        located file name ({@code configurator/cars/pricing.drl})
 * @param consequence the text of the {@code then} part
 * @param conditions  the top-level conditions of the {@code when} part, in order
 */
public record ParsedRule(String name, String file, int line, String consequence, List<Condition> conditions) {

    /** One top-level condition. */
    public sealed interface Condition permits Pattern, Other {
        int line();

        String text();
    }

    /**
     * A pattern such as {@code Chosen(code == "X")}, or {@code not Chosen(...)} when {@code negated}.
     * {@code constraints} holds each constraint's expression, or null for one that is not a plain
     * expression; {@code fromSource} is true for {@code ... from ...} and {@code accumulate}.
     */
    public record Pattern(String type, boolean negated, boolean fromSource, List<String> constraints, int line,
                          String text) implements Condition {
    }

    /** Anything else ({@code or}, {@code exists}, {@code eval}, ...), as written. */
    public record Other(String text, int line) implements Condition {
    }
}
