package io.forecourt.activity;

import io.forecourt.account.Account;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Keeps two people from chasing the same account for the same thing: a colleague's planned
 * activity, or one done within the window, answers 409 unless the caller overrides with a reason.
 */
@ApplicationScoped
class ActivityGuard {

    @Inject
    ActivityRepository activities;

    @Inject
    ActivityConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActivityViews views;

    /**
     * Must run inside the writing transaction and before the activity is changed: the row lock on
     * the account serialises every guarded write to it until commit, so of two simultaneous plans
     * the second sees the first and is refused. Returns the id of the activity the caller overrode
     * (to be recorded with the reason), or null when nothing clashed.
     *
     * @param self the activity being edited, or null for a new one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Long check(Account account, String purpose, OffsetDateTime when, Activity self,
               ActivityRequest.Override override) {
        return check(account, purpose, when, self, override, currentUser.requireUserId());
    }

    /** The same check for a contact planned on behalf of {@code ownerId} (a planner publishing a rep's visit). */
    @Transactional(Transactional.TxType.MANDATORY)
    Long check(Account account, String purpose, OffsetDateTime when, Activity self,
               ActivityRequest.Override override, long ownerId) {
        activities.getEntityManager().refresh(account, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now();
        Optional<Activity> clash = activities.findClash(account.getId(), purpose, ownerId,
                self == null ? null : self.getId(), when == null ? now : when, now.minus(config.guardWindow()),
                config.guardWindow());
        if (clash.isEmpty() || self != null && clash.get().getId().equals(self.getOverriddenActivityId())) {
            // an edit need not justify again what its override already answered
            return null;
        }
        if (override == null || override.reason() == null || override.reason().isBlank()) {
            throw new DuplicateEffort(views.of(clash.get()));
        }
        return clash.get().getId();
    }
}
