package io.forecourt.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the portal knows about a plan beyond the solver's model: who the reps are, which account and visit
 * each model visit stands for and where it stood before solving. Immutable; kept with a job to read and
 * apply its result. Model times are seconds since the horizon's first midnight in {@code zone}.
 */
record PlanContext(Horizon horizon, ZoneId zone, Map<Long, String> reps, Map<String, VisitInfo> visits,
                   List<Unplannable> unplannable, Map<Long, double[]> homes) {

    /**
     * One visit of the plan. {@code visitId} is null for a visit that is due but not yet recorded (applying
     * the plan records it); {@code version} is what it had when the plan was built.
     */
    record VisitInfo(String modelId, Long visitId, Integer version, long accountId, String account, String city,
                     double lat, double lon, int minutes, int priority, FieldVisit.Source source,
                     FieldVisit.Status status, Long repId, LocalDate day, Integer order, boolean published) {

        /** Confirmed, started or already in the rep's diary: re-planning keeps it on its rep-day. */
        boolean pinned() {
            return day != null && repId != null && (status.pinned() || published);
        }

        boolean wasPlanned() {
            return repId != null && day != null && status != FieldVisit.Status.PROPOSED;
        }
    }

    /** A visit no day of the horizon can hold (the account is closed, or outside the requested dates). */
    record Unplannable(Long visitId, long accountId, String account, String why) {
    }

    Instant origin() {
        return horizon.from().atStartOfDay(zone).toInstant();
    }

    OffsetDateTime at(long ticks) {
        return origin().plusSeconds(ticks).atZone(zone).toOffsetDateTime();
    }

    long ticks(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(zone).toEpochSecond() - origin().getEpochSecond();
    }

    static String repDayId(long repId, LocalDate day) {
        return repId + "/" + day;
    }

    static String modelId(FieldVisit v) {
        return "v" + v.getId();
    }

    static String dueId(long accountId) {
        return "a" + accountId;
    }
}
