package io.forecourt.opportunity;

import io.forecourt.account.OpenWork;
import io.forecourt.common.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Opportunities not yet won or lost are open work on their account. */
@ApplicationScoped
class OpportunityOpenWork implements OpenWork {

    @Inject
    OpportunityRepository opportunities;

    @Override
    public List<Item> moveOrKeep(long accountId, long fromOwnerId, long toOwnerId, boolean handOver) {
        List<Opportunity> open = opportunities.list("accountId = ?1 and ownerId = ?2 and stage in ?3 order by id",
                accountId, fromOwnerId, Stage.OPEN);
        return open.stream().map(o -> {
            if (handOver) {
                o.setOwnerId(toOwnerId);
            }
            return new Item("opportunity", o.getId(), "Opportunity " + o.getName() + " · " + o.getStage().words()
                    + (o.getAmount() == null ? "" : " · " + Formats.money(o.getAmount()) + " " + o.getCurrency()));
        }).toList();
    }
}
