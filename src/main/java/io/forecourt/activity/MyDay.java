package io.forecourt.activity;

import java.util.List;

/** Everything the "My day" page shows: the day's list and what the plan form offers. */
public record MyDay(CallList day, List<AccountChoice> accounts, List<String> types, List<String> purposes,
                    List<String> outcomes) {

    public record AccountChoice(Long id, String name) {
    }
}
