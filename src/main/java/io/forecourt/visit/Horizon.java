package io.forecourt.visit;

import io.forecourt.common.web.ForecourtException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The days a plan covers, both included; at most {@link #MAX_DAYS}. */
public record Horizon(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 14;

    public static Horizon of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from != null ? from : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate end = to != null ? to : start.plusDays(4);
        if (end.isBefore(start)) {
            throw ForecourtException.badRequest("The horizon ends before it starts");
        }
        if (start.plusDays(MAX_DAYS - 1).isBefore(end)) {
            throw ForecourtException.badRequest("A plan covers at most " + MAX_DAYS + " days");
        }
        return new Horizon(start, end);
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
