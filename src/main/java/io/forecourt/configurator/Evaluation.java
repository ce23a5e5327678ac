package io.forecourt.configurator;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/** What the configurator answers at every click. */
public record Evaluation(String product, String market, List<String> selections, boolean valid, boolean complete,
                         Price price, List<Violation> violations, List<GroupState> groups, List<Repair> repairs,
                         List<String> defaults, String rulesVersion) {

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

    /** {@code reason} says, for an unavailable option, which rule or table and which choices block it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionState(String code, boolean selected, boolean available, String reason) {
    }

    /** The smallest change that resolves {@code rule}; {@code selections} is the whole selection after it. */
    public record Repair(String rule, String label, List<String> add, List<String> remove, List<String> selections) {
    }
}
