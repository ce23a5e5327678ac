package io.forecourt.account;

import java.util.List;

/**
 * A feature's open records on an account (planned activities, open opportunities, open quotes), for
 * when the account changes owner: the account package knows no such feature, each contributes through
 * this, and {@link AccountHandovers} asks them all in the caller's transaction.
 */
public interface OpenWork {

    /**
     * The open records on {@code accountId} owned by {@code fromOwnerId}; when {@code handOver} is true
     * they are given to {@code toOwnerId} as well, otherwise they stay with their owner.
     */
    List<Item> moveOrKeep(long accountId, long fromOwnerId, long toOwnerId, boolean handOver);

    /** One open record: its kind ("activity", "opportunity", "quote"), id and a line a planner reads. */
    record Item(String kind, long id, String text) {
    }
}
