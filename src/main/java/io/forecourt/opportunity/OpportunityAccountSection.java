package io.forecourt.opportunity;

import io.forecourt.account.AccountSection;
import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The account page's opportunities: each deal with its stage, value and expected close. */
@ApplicationScoped
class OpportunityAccountSection implements AccountSection {

    @Inject
    OpportunityService opportunities;

    @Inject
    io.forecourt.account.AccountAccess access;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "Opportunities";
    }

    @Override
    public String emptyText() {
        return "No opportunity yet.";
    }

    @Override
    public List<Line> lines(long accountId) {
        boolean mayQuote = access.isWritable(accountId);
        return opportunities.list(new OpportunityRepository.Filter(null, null, accountId, null)).stream()
                .map(o -> new Line(o.name(), o.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " · " + Formats.money(o.amount()) + " " + o.currency() + " · closes " + o.expectedCloseDate(),
                        o.stage().isClosed() ? null : "/pipeline#deal-" + o.id(),
                        mayQuote && !o.stage().isClosed() ? "Quote this" : null,
                        mayQuote && !o.stage().isClosed() ? "/quotes/new?account=" + accountId + "&opportunity=" + o.id() : null))
                .toList();
    }

    @Override
    public Line action(long accountId) {
        return new Line("New opportunity", null, "/accounts/" + accountId + "/opportunities/new");
    }
}
