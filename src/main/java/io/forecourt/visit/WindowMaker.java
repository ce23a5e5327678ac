package io.forecourt.visit;

import io.forecourt.visit.solver.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A visit's time windows: the account's opening periods on the horizon's days, long enough to finish by closing. */
@ApplicationScoped
class WindowMaker {

    @Inject
    VisitConfig config;

    /**
     * @param opening the account's periods, or null when none are recorded (then the configured defaults,
     *                Monday to Friday)
     * @param from    first day the visit may happen (requested), or null
     * @param to      last day, or null
     */
    List<TimeWindow> of(PlanContext plan, List<PlanningFacts.Period> opening, int minutes, LocalDate from, LocalDate to) {
        List<PlanningFacts.Period> periods = opening != null && !opening.isEmpty() ? opening : defaults();
        List<TimeWindow> windows = new ArrayList<>();
        LocalDate today = LocalDate.now(plan.zone());
        for (LocalDate day : plan.horizon().days()) {
            if (day.isBefore(today) || from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                continue;
            }
            for (PlanningFacts.Period p : periods) {
                if (p.weekday() != day.getDayOfWeek().getValue()) {
                    continue;
                }
                long start = plan.ticks(day, p.from());
                long latestStart = plan.ticks(day, p.to()) - minutes * 60L;
                if (latestStart >= start) {
                    windows.add(new TimeWindow(start, latestStart));
                }
            }
        }
        return windows;
    }

    private List<PlanningFacts.Period> defaults() {
        List<PlanningFacts.Period> periods = new ArrayList<>();
        for (int weekday = 1; weekday <= 5; weekday++) {
            periods.add(new PlanningFacts.Period(weekday, config.defaultOpens(), config.defaultCloses()));
        }
        return periods;
    }
}
