package io.forecourt.forecast.attainment;

import io.forecourt.forecast.Metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The answer of GET /api/attainment: a subject's targets in a period, as of a day. */
public record Attainment(String period, String scope, long id, String subject, LocalDate asOf, int sellingDays,
                         int elapsedSellingDays, List<Target> targets) {

    public enum Status { ON_TRACK, AT_RISK, BEHIND;

        public String words() {
            return switch (this) {
                case ON_TRACK -> "On track";
                case AT_RISK -> "At risk";
                case BEHIND -> "Behind";
            };
        }
    }

    /**
     * One target: {@code attainmentPercent} = actual ÷ quota; {@code variance} = actual − quota;
     * {@code proRata} = quota × elapsed ÷ all selling days; {@code projection} = actual ÷ elapsed ×
     * all selling days (the actual itself before the first selling day).
     */
    public record Target(Metric metric, BigDecimal quota, BigDecimal actual, BigDecimal attainmentPercent,
                         BigDecimal variance, BigDecimal proRata, BigDecimal projection, Status status) {

        /** The arithmetic of one target; the thresholds are shares of the quota the projection reaches. */
        public static Target of(Metric metric, BigDecimal quota, BigDecimal actual, int elapsed, int all,
                                double onTrack, double atRisk) {
            BigDecimal projection = elapsed == 0 ? actual
                    : actual.multiply(BigDecimal.valueOf(all)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
            BigDecimal proRata = all == 0 ? quota
                    : quota.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP);
            BigDecimal percent = quota.signum() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(quota, 1, RoundingMode.HALF_UP);
            Status status;
            if (quota.signum() == 0) {
                status = Status.ON_TRACK;
            } else {
                double reach = projection.doubleValue() / quota.doubleValue();
                status = reach >= onTrack ? Status.ON_TRACK : reach >= atRisk ? Status.AT_RISK : Status.BEHIND;
            }
            return new Target(metric, quota.setScale(2, RoundingMode.HALF_UP), actual.setScale(2, RoundingMode.HALF_UP),
                    percent, actual.subtract(quota).setScale(2, RoundingMode.HALF_UP), proRata, projection, status);
        }
    }

    public java.util.Optional<Target> target(Metric metric) {
        return targets.stream().filter(t -> t.metric() == metric).findFirst();
    }
}
