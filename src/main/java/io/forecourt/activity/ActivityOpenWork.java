package io.forecourt.activity;

import io.forecourt.account.OpenWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Planned, not yet done contacts are the open work a rep has on an account. */
@ApplicationScoped
class ActivityOpenWork implements OpenWork {

    @Inject
    ActivityRepository activities;

    @Override
    public List<Item> moveOrKeep(long accountId, long fromOwnerId, long toOwnerId, boolean handOver) {
        List<Activity> open = activities.list("accountId = ?1 and ownerId = ?2 and doneAt is null order by plannedAt, id",
                accountId, fromOwnerId);
        return open.stream().map(a -> {
            if (handOver) {
                a.setOwnerId(toOwnerId);
            }
            return new Item("activity", a.getId(), "Planned " + ActivityFormats.words(a.getType().name())
                    + " on " + ActivityFormats.dayAndClock(a.getPlannedAt()) + " · " + ActivityFormats.words(a.getPurpose()));
        }).toList();
    }
}
