package io.forecourt.forecast.quota;

import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Scope;

import java.math.BigDecimal;

/** Builds quotas for the demo history (the constructor stays package-private). */
public final class QuotaDemo {

    private QuotaDemo() {
    }

    public static Quota quota(long repId, long teamId, String period, Metric metric, BigDecimal target) {
        return new Quota(Scope.REP, repId, teamId, period, metric, target);
    }
}
