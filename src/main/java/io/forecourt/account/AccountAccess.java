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

    /** Whether the current user may change the account or hang records on it (quote it, log on it). */
    public boolean isWritable(long accountId) {
        return accounts.findVisible(accountId, writeScope()).isPresent();
    }

    public boolean isVisible(long accountId) {
        return accounts.findVisible(accountId, readScope()).isPresent();
    }
}
