package io.forecourt.activity;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns activities into views with the names people read (account, owner, who overrode). */
@ApplicationScoped
class ActivityViews {

    @Inject
    AccountRepository accounts;

    @Inject
    UserNames names;

    ActivityView of(Activity a) {
        String accountName = accounts.findByIdOptional(a.getAccountId()).map(x -> x.getName()).orElse(null);
        ActivityView.OverrideView override = a.getOverrideReason() == null ? null
                : new ActivityView.OverrideView(a.getOverrideReason(), a.getOverriddenBy(),
                        name(a.getOverriddenBy()), a.getOverriddenActivityId());
        return new ActivityView(a.getId(), a.getAccountId(), accountName, a.getType().name(), a.getPurpose(),
                a.getDepartment().name(), a.isDone() ? "DONE" : "PLANNED", a.getPlannedAt(), a.getDoneAt(),
                a.getOutcome() == null ? null : a.getOutcome().name(),
                a.getOutcome() == null ? null : a.getOutcome().success,
                a.getNotes(), a.getDurationMinutes(), a.getFollowUpOn(), a.getOwnerId(), name(a.getOwnerId()),
                override, a.getVersion());
    }

    String name(Long userId) {
        return names.name(userId);
    }
}
