package io.forecourt.security;

import java.util.Set;

/**
 * The owners whose records someone may see: everyone (admin), a set of user ids (a rep: themselves;
 * a manager: themselves and their team), or no one (anonymous). Repositories turn it into a
 * where-clause with {@link #ownerIds()} when {@link #all()} is false.
 */
public record OwnerScope(boolean all, Set<Long> ownerIds) {

    public static final OwnerScope ALL = new OwnerScope(true, Set.of());
    public static final OwnerScope NONE = new OwnerScope(false, Set.of());

    public static OwnerScope of(Set<Long> ownerIds) {
        return new OwnerScope(false, Set.copyOf(ownerIds));
    }

    public boolean includes(Long ownerId) {
        return all || (ownerId != null && ownerIds.contains(ownerId));
    }
}
