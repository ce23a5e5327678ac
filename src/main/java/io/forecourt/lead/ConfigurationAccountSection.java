package io.forecourt.lead;

import io.forecourt.account.AccountSection;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The account page's saved configurations: the cars the customer configured before their lead was
 * converted into this account, each opening its share page.
 */
@ApplicationScoped
class ConfigurationAccountSection implements AccountSection {

    @Inject
    AccountConfigurations configurations;

    @Inject
    io.forecourt.account.AccountAccess access;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return "Saved configurations";
    }

    @Override
    public String emptyText() {
        return "No configuration saved by this customer yet.";
    }

    /** Planners read accounts, not the contact log or leads: the page leaves this section out for them. */
    @Override
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public List<Line> lines(long accountId) {
        boolean mayQuote = access.isWritable(accountId);
        return configurations.leads(accountId).stream()
                .map(l -> new Line("Configuration " + l.getConfigurationCode(), "saved as lead " + l.getName(),
                        "/configurations/" + l.getConfigurationCode(), mayQuote ? "Quote this" : null,
                        mayQuote ? "/quotes/new?account=" + accountId + "&configuration=" + l.getConfigurationCode() : null))
                .toList();
    }
}
