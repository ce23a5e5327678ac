package io.forecourt.opportunity;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Turns opportunities into what the API and the board show. */
@ApplicationScoped
class OpportunityViews {

    @Inject
    AccountRepository accounts;

    @Inject
    UserNames names;

    @Inject
    StageChangeRepository changes;

    @Inject
    OpportunityConfig config;

    @Inject
    jakarta.enterprise.inject.Instance<LinkedQuotes> linkedQuotes;

    OpportunityView of(Opportunity o) {
        int p = probability(o);
        return new OpportunityView(o.getId(), o.getAccountId(), accounts.findByIdOptional(o.getAccountId())
                .map(a -> a.getName()).orElse(null), o.getName(), o.getStage(), p, o.getProbability() != null,
                o.getAmount(), o.getCurrency(), weighted(o.getAmount(), p), o.getExpectedCloseDate(), o.getOwnerId(),
                name(o.getOwnerId()), o.getLostReason(), o.getCreatedAt(), o.getVersion(), o.getStage().allowedMoves(),
                history(o.getId()), quotes(o.getId()));
    }

    private List<Object> quotes(long opportunityId) {
        return linkedQuotes.isResolvable() ? linkedQuotes.get().of(opportunityId) : List.of();
    }

    List<OpportunityView.Change> history(long opportunityId) {
        return changes.of(opportunityId).stream().map(c -> new OpportunityView.Change(c.getFrom(), c.getTo(),
                c.getChangedBy(), name(c.getChangedBy()), c.getChangedAt(), c.getNote())).toList();
    }

    int probability(Opportunity o) {
        return o.getProbability() != null ? o.getProbability() : config.probability(o.getStage());
    }

    static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    String accountName(Long accountId) {
        return accounts.findByIdOptional(accountId).map(a -> a.getName()).orElse(null);
    }

    String name(Long userId) {
        return names.name(userId);
    }
}
