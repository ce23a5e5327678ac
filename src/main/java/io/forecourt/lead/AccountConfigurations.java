package io.forecourt.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The configurations a customer saved before their lead became this account (newest first), for
 * the account page and for quoting them. The caller has checked that the account is visible.
 */
@ApplicationScoped
public class AccountConfigurations {

    @Inject
    LeadRepository leads;

    public List<String> codes(long accountId) {
        return leads.find("accountId = ?1 and configurationCode is not null order by createdAt desc", accountId)
                .list().stream().map(Lead::getConfigurationCode).distinct().toList();
    }

    /** The lead each configuration came with: "saved as lead ...". */
    List<Lead> leads(long accountId) {
        return leads.find("accountId = ?1 and configurationCode is not null order by createdAt desc", accountId).list();
    }
}
