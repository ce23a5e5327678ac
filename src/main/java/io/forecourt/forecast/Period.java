package io.forecourt.forecast;

import io.forecourt.common.web.ForecourtException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target period: a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}), from {@code start}
 * (inclusive) to {@code end} (exclusive). Selling days are Monday to Friday.
 */
public record Period(String code, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period a code names; 400 when it names none. */
    public static Period parse(String code) {
        if (code == null || code.isBlank()) {
            throw ForecourtException.badRequest("Name the period: a month (2026-11) or a quarter (2026-Q4)");
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = MONTH.matcher(c);
        if (m.matches()) {
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        Matcher q = QUARTER.matcher(c);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(c, start, start.plusMonths(3));
        }
        throw ForecourtException.badRequest("'" + code + "' is not a period: a month (2026-11) or a quarter (2026-Q4)");
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** The month holding {@code day}. */
    public static Period monthOf(LocalDate day) {
        return month(YearMonth.from(day));
    }

    public static Period quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    public boolean isQuarter() {
        return code.contains("Q");
    }

    /** A quarter's three months; a month is its own only month. */
    public List<Period> months() {
        if (!isQuarter()) {
            return List.of(this);
        }
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(month(YearMonth.from(start.plusMonths(i))));
        }
        return out;
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return isQuarter() ? quarterOf(start.minusMonths(3)) : monthOf(start.minusDays(1));
    }

    public Period next() {
        return isQuarter() ? quarterOf(end) : monthOf(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    public int sellingDays() {
        return sellingDays(start, end);
    }

    /** Selling days from the start up to and including {@code today} (all of them once the period is over). */
    public int elapsedSellingDays(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        return sellingDays(start, today.isBefore(end) ? today.plusDays(1) : end);
    }

    /** The day half of the selling days have gone by. */
    public LocalDate midPoint() {
        return start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, end) / 2);
    }

    static int sellingDays(LocalDate from, LocalDate toExclusive) {
        int n = 0;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return code;
    }
}
