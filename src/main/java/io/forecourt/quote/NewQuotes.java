package io.forecourt.quote;

import io.forecourt.account.Account;
import io.forecourt.account.AccountAccess;
import io.forecourt.account.AccountRepository;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.common.web.Formats;
import io.forecourt.configurator.saved.SavedConfiguration;
import io.forecourt.configurator.saved.SavedConfigurationRepository;
import io.forecourt.lead.AccountConfigurations;
import io.forecourt.opportunity.OpportunityRepository;
import io.forecourt.opportunity.OpportunityService;
import io.forecourt.opportunity.OpportunityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the "new quote" page: the accounts the rep may quote matching a search, and for a chosen
 * account its open opportunities (the one asked for, or the only one, preselected: a quote made
 * from a saved configuration carries the deal it belongs to) and its customer's saved configurations.
 */
@ApplicationScoped
class NewQuotes {

    static final int MATCHES = 20;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAccess access;

    @Inject
    OpportunityService opportunities;

    @Inject
    AccountConfigurations accountConfigurations;

    @Inject
    SavedConfigurationRepository saved;

    @Inject
    CatalogService catalog;

    /** Input as typed: {@code opportunity} null = preselect, "" = none. */
    record Input(String q, Long account, String opportunity, List<String> configurations, String codes,
                 String discountPercent, String validUntil) {
    }

    @Transactional
    NewQuote page(Input in, String error) {
        if (in.account() == null) {
            List<NewQuote.Match> matches = in.q() == null || in.q().isBlank() ? List.of()
                    : accounts.search(access.writeScope(), new AccountRepository.Filter(in.q(), null), 0, MATCHES)
                    .stream().map(a -> new NewQuote.Match(a.getId(), a.getName(), a.getCity())).toList();
            return new NewQuote(in.q(), matches, null, null, List.of(), List.of(), in.codes(), in.discountPercent(),
                    in.validUntil(), error);
        }
        Account account = access.requireWritable(in.account());
        List<OpportunityView> open = opportunities.list(new OpportunityRepository.Filter(null, null, account.getId(), null))
                .stream().filter(o -> !o.stage().isClosed()).toList();
        Long chosen = in.opportunity() == null ? (open.size() == 1 ? Long.valueOf(open.get(0).id()) : null)
                : in.opportunity().isBlank() ? null : parseId(in.opportunity());
        List<NewQuote.Choice> choices = open.stream()
                .map(o -> new NewQuote.Choice(o.id(), o.name(), o.stage().words(), chosen != null && chosen == o.id())).toList();
        Set<String> ticked = new LinkedHashSet<>(in.configurations() == null ? List.of() : in.configurations());
        Set<String> offered = new LinkedHashSet<>(ticked);
        offered.addAll(accountConfigurations.codes(account.getId()));
        List<NewQuote.Offered> configurations = new ArrayList<>();
        for (String code : offered) {
            saved.findByCode(code).ifPresent(c -> configurations.add(new NewQuote.Offered(code, label(c),
                    c.getStatus() == SavedConfiguration.Status.READY,
                    ticked.contains(code) || ticked.isEmpty() && offered.size() == 1
                            && c.getStatus() == SavedConfiguration.Status.READY)));
        }
        return new NewQuote(null, List.of(), account.getId(), account.getName(), choices, configurations, in.codes(),
                in.discountPercent(), in.validUntil(), error);
    }

    /** "Aura · Demo fleet Aura · 36,880 EUR (K7M2QX9P)"; a draft says it cannot be quoted yet. */
    private String label(SavedConfiguration c) {
        String product = catalog.find(c.getProductCode()).map(ProductDocument::name).orElse(c.getProductCode());
        return product + (c.getName() == null ? "" : " · " + c.getName()) + " · " + Formats.money(c.getTotal()) + " "
                + c.getCurrency() + " (" + c.getCode() + ")"
                + (c.getStatus() == SavedConfiguration.Status.READY ? "" : " · draft, not ready for quoting");
    }

    static Long parseId(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
