package io.forecourt.account;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one question other CRM features ask before reading or writing anything attached to an
 * account: may the current user see it? Out of scope answers 404, so existence is not disclosed.
 */
@ApplicationScoped
public class AccountAccess {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    public Account requireVisible(long accountId) {
        return accounts.findVisible(accountId, currentUser.ownerScope())
                .orElseThrow(() -> ForecourtException.notFound("Account " + accountId));
    }

    public boolean isVisible(long accountId) {
        return accounts.findVisible(accountId, currentUser.ownerScope()).isPresent();
    }
}
