package io.forecourt.activity;

import io.forecourt.common.web.ForecourtException;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** 409: a colleague already has this contact planned, or made it recently. Names their activity. */
public class DuplicateEffort extends ForecourtException {

    private final transient ActivityView existing;

    DuplicateEffort(ActivityView existing) {
        super(409, "Duplicate effort", existing.owner() + " " + (existing.done() ? "already made" : "has planned")
                + " a " + existing.type().toLowerCase(java.util.Locale.ROOT) + " for " + existing.purpose()
                + " with this account; send override.reason to go ahead anyway",
                Map.of("existing", describe(existing)));
        this.existing = existing;
    }

    public ActivityView existing() {
        return existing;
    }

    private static Map<String, Object> describe(ActivityView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("accountId", a.accountId());
        m.put("type", a.type());
        m.put("purpose", a.purpose());
        m.put("status", a.status());
        OffsetDateTime when = a.when();
        if (when != null) {
            m.put("when", when.toString());
        }
        m.put("ownerId", a.ownerId());
        m.put("owner", a.owner());
        return m;
    }
}
