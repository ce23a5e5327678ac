package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bodies of the visit-planning setup API (reps' schedules, accounts' opening hours) and their checks. */
public final class VisitSetup {

    private VisitSetup() {
    }

    /** One period of a weekday (1 = Monday): working hours of a rep, or opening hours of an account. */
    public record Period(@NotNull @Min(1) @Max(7) Integer weekday, @NotNull LocalTime from, @NotNull LocalTime to) {
    }

    /** A rep's week: at most this many visits a day, one period per working weekday; {@code version} to change. */
    public record Schedule(@NotNull @Min(1) @Max(30) Integer maxVisitsPerDay, @NotNull List<@Valid Period> hours,
                           Integer version) {
    }

    public record RepSchedule(long repId, String rep, int maxVisitsPerDay, List<Period> hours, List<LocalDate> daysOff,
                              int version) {
    }

    public record OpeningHours(@NotNull List<@Valid Period> periods) {
    }

    /** 422 listing every period that ends before it starts or overlaps another of its day. */
    static List<Period> checked(List<Period> periods, boolean onePerDay) {
        List<Violation> violations = new ArrayList<>();
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::weekday).thenComparing(Period::from));
        for (int i = 0; i < sorted.size(); i++) {
            Period p = sorted.get(i);
            if (!p.to().isAfter(p.from())) {
                violations.add(Violation.of("period-ends-before-start",
                        "weekday " + p.weekday() + ": " + p.from() + "–" + p.to() + " ends before it starts"));
            }
            if (i > 0 && sorted.get(i - 1).weekday().equals(p.weekday())) {
                if (onePerDay) {
                    violations.add(Violation.of("one-period-per-day", "weekday " + p.weekday() + " has more than one period"));
                } else if (p.from().isBefore(sorted.get(i - 1).to())) {
                    violations.add(Violation.of("periods-overlap",
                            "weekday " + p.weekday() + ": " + p.from() + " overlaps the period before"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ForecourtException(422, "Invalid hours", violations.size() + " period(s) cannot be saved",
                    Map.of("violations", violations));
        }
        return sorted;
    }
}
