package io.forecourt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Users' display names for views: the one place a feature turns an owner or author id into the name a
 * person reads. Lookups go through the persistence context, so a page naming the same rep fifty times
 * reads them once; {@link #names} reads many in one query.
 */
@ApplicationScoped
public class UserNames {

    @Inject
    UserRepository users;

    /** The user's display name; null for no user or an unknown id. */
    public String name(Long userId) {
        return userId == null ? null : users.findByIdOptional(userId).map(User::getDisplayName).orElse(null);
    }

    /** As {@link #name}, but a change with no user is the customer's (accepting or declining through their link). */
    public String nameOrCustomer(Long userId) {
        return userId == null ? "Customer" : name(userId);
    }

    /** Display names of many users at once, by id (unknown ids are left out). */
    public Map<Long, String> names(Collection<Long> userIds) {
        Map<Long, String> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        users.list("id in ?1", userIds.stream().distinct().toList()).forEach(u -> out.put(u.getId(), u.getDisplayName()));
        return out;
    }
}
