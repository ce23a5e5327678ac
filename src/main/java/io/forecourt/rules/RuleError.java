package io.forecourt.rules;

/** Why a rule file cannot go into service: where, and what is wrong. */
public record RuleError(String file, int line, String message) {
}
