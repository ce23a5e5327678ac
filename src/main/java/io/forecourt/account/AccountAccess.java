package io.forecourt.account;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.OwnerScope;
import io.forecourt.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one rule for who may read and who may change an account, asked by the account API, the
 * account pages and every feature that hangs records on accounts. Reading: a rep their own and
 * their territory's, a manager their team's, an admin all, and a planner all (planners plan every
 * territory). Changing: the same without the planner. Out of scope answers 404, so existence is not
 * disclosed.
 */
@ApplicationScoped
public class AccountAccess {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    /** Whose accounts the current user reads. */
    public OwnerScope readScope() {
        boolean plannerOnly = currentUser.hasRole(Role.PLANNER) && !currentUser.hasRole(Role.REP)
                && !currentUser.hasRole(Role.MANAGER);
        return plannerOnly ? OwnerScope.ALL : currentUser.ownerScope();
    }

    /** Whose accounts the current user changes (and plans, logs or sells on). */
    public OwnerScope writeScope() {
        return currentUser.ownerScope();
    }

    /** The account if the current user may read it, else 404. */
    public Account requireVisible(long accountId) {
        return accounts.findVisible(accountId, readScope())
                .orElseThrow(() -> ForecourtException.notFound("Account " + accountId));
    }

    /** The account if the current user may change it or hang records on it, else 404. */
    public Account requireWritable(long accountId) {
        return accounts.findVisible(accountId, writeScope())
                .orElseThrow(() -> ForecourtException.notFound("Account " + accountId));
    }

    /**
     * A record hung on an account (an activity, opportunity or quote) owned by {@code ownerId}: the user
     * reads it when they read its account, or when it is their own (or their team's) — a rep who keeps
     * their open work after the account moved to a colleague ({@code forecourt.territory.open-work}).
     * 404 otherwise.
     */
    public void requireRecordVisible(long accountId, Long ownerId, String what) {
        if (!currentUser.ownerScope().includes(ownerId) && !isVisible(accountId)) {
            throw ForecourtException.notFound(what);
        }
    }

    /**
     * As {@link #requireRecordVisible}, and only its owner, the owner's manager or an admin changes it:
     * colleagues sharing an account see each other's records, but each changes their own (403).
     */
    public void requireRecordWritable(long accountId, Long ownerId, String what) {
        requireRecordVisible(accountId, ownerId, what);
        if (!currentUser.ownerScope().includes(ownerId)) {
            throw new io.quarkus.security.ForbiddenException("Only the owner or their manager changes this "
                    + what.replaceAll(" \\d+$", "").toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Whether the current user may change the account or hang records on it (quote it, log on it). */
    public boolean isWritable(long accountId) {
        return accounts.findVisible(accountId, writeScope()).isPresent();
    }

    public boolean isVisible(long accountId) {
        return accounts.findVisible(accountId, readScope()).isPresent();
    }
}
