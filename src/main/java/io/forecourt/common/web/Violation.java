package io.forecourt.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One entry of a problem's {@code violations} (and of a 400's {@code errors}): which rule refused the
 * request, why, the options (or records) involved, and — for a refusal about one input — the field.
 * Every answer that lists violations builds them here, so clients read one shape everywhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String rule, String message, List<String> options, String field) {

    public Violation {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A business rule refused the request; {@code options} names what it is about (may be empty). */
    public static Violation of(String rule, String message, List<String> options) {
        return new Violation(rule, message, options, null);
    }

    public static Violation of(String rule, String message) {
        return new Violation(rule, message, List.of(), null);
    }

    /** One input is not acceptable: {@code rule} says which check ("required", "range", "text", …). */
    public static Violation field(String field, String rule, String message) {
        return new Violation(rule, message, List.of(), field);
    }
}
