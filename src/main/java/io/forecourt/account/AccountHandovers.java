package io.forecourt.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happens to a rep's open work on an account that moves to another rep (a rebalancing): every
 * feature's open records of the old owner are handed to the new one, or kept by the old one, and the
 * caller is told which, record by record.
 */
@ApplicationScoped
public class AccountHandovers {

    @Inject
    Instance<OpenWork> features;

    /** Nothing happens when the owner stays the same or one side has no owner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OpenWork.Item> ownerChanged(long accountId, Long fromOwnerId, Long toOwnerId, boolean handOver) {
        if (fromOwnerId == null || toOwnerId == null || Objects.equals(fromOwnerId, toOwnerId)) {
            return List.of();
        }
        List<OpenWork.Item> items = new ArrayList<>();
        for (OpenWork feature : features) {
            items.addAll(feature.moveOrKeep(accountId, fromOwnerId, toOwnerId, handOver));
        }
        return items;
    }
}
