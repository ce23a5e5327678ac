package io.forecourt.lead;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.configurator.saved.SavedConfiguration;
import io.forecourt.configurator.saved.SavedConfigurationRepository;
import io.forecourt.opportunity.OpportunityRequest;
import io.forecourt.opportunity.OpportunityService;
import io.forecourt.opportunity.Stage;
import io.forecourt.account.Contact;
import io.forecourt.account.ContactRepository;
import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a lead may go from where it is: NEW → CONTACTED → QUALIFIED → CONVERTED, or DISQUALIFIED, or
 * MERGED. Anything else is 409 naming the moves that are allowed. Runs inside the service's transaction.
 */
@ApplicationScoped
class LeadLifecycle {

    static final Map<Lead.Status, Set<Lead.Status>> ALLOWED = Map.of(
            Lead.Status.NEW, EnumSet.of(Lead.Status.CONTACTED, Lead.Status.QUALIFIED, Lead.Status.DISQUALIFIED,
                    Lead.Status.MERGED),
            Lead.Status.CONTACTED, EnumSet.of(Lead.Status.QUALIFIED, Lead.Status.DISQUALIFIED, Lead.Status.MERGED),
            Lead.Status.QUALIFIED, EnumSet.of(Lead.Status.CONVERTED, Lead.Status.DISQUALIFIED, Lead.Status.MERGED),
            Lead.Status.DISQUALIFIED, EnumSet.of(Lead.Status.MERGED),
            Lead.Status.CONVERTED, EnumSet.noneOf(Lead.Status.class),
            Lead.Status.MERGED, EnumSet.noneOf(Lead.Status.class));

    @Inject
    AccountRepository accounts;

    @Inject
    ContactRepository contacts;

    @Inject
    OpportunityService opportunities;

    @Inject
    SavedConfigurationRepository configurations;

    void move(Lead lead, Lead.Status to) {
        Set<Lead.Status> allowed = ALLOWED.get(lead.getStatus());
        if (!allowed.contains(to)) {
            List<String> names = allowed.stream().map(Enum::name).sorted().toList();
            throw new ForecourtException(409, "Not allowed now",
                    "A " + lead.getStatus() + " lead cannot become " + to + "; "
                            + (names.isEmpty() ? "it cannot change any more" : "it can become " + String.join(", ", names)),
                    Map.of("status", lead.getStatus().name(), "allowed", names));
        }
        lead.setStatus(to);
    }

    /** The merged lead stays as it was, MERGED and pointing to the survivor; the survivor gets its gaps filled. */
    void merge(Lead merged, Lead survivor) {
        if (survivor.getStatus() == Lead.Status.MERGED || survivor.getStatus() == Lead.Status.CONVERTED) {
            throw new ForecourtException(409, "Not allowed now",
                    "A lead cannot be merged into a " + survivor.getStatus() + " lead",
                    Map.of("into", survivor.getId(), "status", survivor.getStatus().name()));
        }
        move(merged, Lead.Status.MERGED);
        merged.setMergedInto(survivor.getId());
        survivor.details(survivor.getName(), first(survivor.getCompany(), merged.getCompany()),
                first(survivor.getEmail(), merged.getEmail()), first(survivor.getPhone(), merged.getPhone()),
                first(survivor.getCity(), merged.getCity()));
        if (survivor.getConfigurationCode() == null) {
            survivor.setConfigurationCode(merged.getConfigurationCode());
        }
        if (survivor.getTerritoryId() == null) {
            survivor.setTerritoryId(merged.getTerritoryId());
        }
    }

    /** One account (a company if the lead names one, else the person) and its primary contact. */
    LeadActions.Converted convert(Lead lead, long currentUserId) {
        move(lead, Lead.Status.CONVERTED);
        Long owner = lead.getOwnerId() != null ? lead.getOwnerId() : currentUserId;
        boolean company = lead.getCompany() != null;
        Account account = new Account(company ? lead.getCompany() : lead.getName(),
                company ? Account.Kind.COMPANY : Account.Kind.PERSON, Account.Status.PROSPECT, owner);
        account.setCity(lead.getCity());
        account.setEmail(lead.getEmail());
        account.setPhone(lead.getPhone());
        account.setTerritoryId(lead.getTerritoryId());
        accounts.persist(account);
        String name = lead.getName().trim();
        int space = name.lastIndexOf(' ');
        Contact contact = new Contact(account.getId(), space > 0 ? name.substring(0, space).trim() : null,
                space > 0 ? name.substring(space + 1) : name);
        contact.setEmail(lead.getEmail());
        contact.setPhone(lead.getPhone());
        contact.setPrimary(true);
        contacts.persist(contact);
        lead.converted(account.getId(), contact.getId());
        // the interest becomes an opportunity, worth the customer's saved configuration if there is one
        SavedConfiguration configuration = lead.getConfigurationCode() == null ? null
                : configurations.findByCode(lead.getConfigurationCode()).orElse(null);
        long opportunity = opportunities.create(new OpportunityRequest(account.getId(),
                account.getName() + ": first interest", Stage.PROSPECTING, null,
                configuration == null ? BigDecimal.ZERO : configuration.getTotal(),
                configuration == null ? null : configuration.getCurrency(), LocalDate.now().plusDays(90),
                null, null, null)).id();
        return new LeadActions.Converted(lead.getId(), account.getId(), contact.getId(), opportunity,
                "An opportunity in Prospecting was opened for the new account");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
