package io.forecourt.configurator.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the configurator answers at every click. {@code selections} are the customer's own choices, and
 * everything here is judged on them alone; {@code defaults} are suggestions for the groups still open
 * (a page shows them pre-selected), never counted against an option's availability.
 *
 * <ul>
 * <li>{@code valid}: no rule, table or group limit is broken by the choices as they stand (an optional
 *     group left empty counts as {@code -} in variant tables);</li>
 * <li>{@code completable}: some complete valid configuration keeps every choice; when false, a
 *     {@code conflict} violation names a smallest set of choices that cannot all be kept;</li>
 * <li>{@code complete}: every required group has its choice (and every multiple-choice group its
 *     minimum). Valid and complete together mean the product can be built as it stands.</li>
 * </ul>
 */
public record Evaluation(String product, String market, List<String> selections, boolean valid, boolean completable,
                         boolean complete, Price price, List<Violation> violations, List<GroupState> groups,
                         List<Repair> repairs, List<String> defaults, String rulesVersion) {

    /** The rule id of a violation saying that some choices cannot all be kept in any complete configuration. */
    public static final String CONFLICT = "conflict";

    /** Valid and complete: it can be built, saved as ready, quoted and ordered. */
    public boolean buildable() {
        return valid && complete;
    }

    /** Answers are shared (the evaluation memo hands one to many requests), so nothing in one can change. */
    public Evaluation {
        selections = frozen(selections);
        violations = frozen(violations);
        groups = frozen(groups);
        repairs = frozen(repairs);
        defaults = frozen(defaults);
    }

    static <T> List<T> frozen(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    public record Price(BigDecimal base, List<OptionPrice> options, List<Adjustment> adjustments, BigDecimal total,
                        String currency) {
    }

    public record OptionPrice(String code, String name, BigDecimal price) {
    }

    public record Adjustment(String rule, String label, BigDecimal amount) {
    }

    /** A broken rule or table: its name, a message for the customer, and the options involved. */
    public record Violation(String rule, String message, List<String> options) {
    }

    /** A group's state: whether its cardinality is met, and each option's availability. */
    public record GroupState(String code, boolean satisfied, List<OptionState> options) {

        public GroupState {
            options = frozen(options);
        }

        /** Whether any option of the group is chosen (for pages; not part of the JSON). */
        public boolean anySelected() {
            return options.stream().anyMatch(OptionState::selected);
        }
    }

    /**
     * {@code selected}: the customer chose it; {@code suggested}: it is a default for its open group.
     * For an unavailable option, {@code reason} says in words, {@code blockedBy} names a smallest set of
     * the customer's choices that exclude it (empty: not offered here whatever is chosen) and
     * {@code rules} the rules, tables and group limits (ids as in violations) that together exclude it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionState(String code, boolean selected, boolean suggested, boolean available, String reason,
                              List<String> blockedBy, List<String> rules) {

        public OptionState {
            blockedBy = frozen(blockedBy);
            rules = frozen(rules);
        }
    }

    /** The smallest change that resolves {@code rule}; {@code selections} is the whole selection after it. */
    public record Repair(String rule, String label, List<String> add, List<String> remove, List<String> selections) {
    }
}
