package io.forecourt.forecast;

import java.util.List;

/**
 * A rep, team or territory resolved to what its actuals are counted over: the reps whose records
 * count ({@code ownerIds}) and, for a territory, the accounts in it ({@code accountIds}, null
 * otherwise). {@code teamId} decides which manager sees it.
 */
public record Subject(Scope scope, long id, String name, Long teamId, List<Long> ownerIds, List<Long> accountIds) {

    public String key() {
        return scope.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
