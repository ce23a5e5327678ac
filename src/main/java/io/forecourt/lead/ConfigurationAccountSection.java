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
    LeadRepository leads;

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
        return leads.find("accountId = ?1 and configurationCode is not null order by createdAt desc", accountId)
                .list().stream()
                .map(l -> new Line("Configuration " + l.getConfigurationCode(), "saved as lead " + l.getName(),
                        "/configurations/" + l.getConfigurationCode()))
                .toList();
    }
}
