package io.forecourt.visit;

import io.forecourt.account.AccountSection;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The account page's visits: those still to make (planned or waiting for a plan) and the last ones made. */
@ApplicationScoped
class VisitAccountSection implements AccountSection {

    static final int SHOWN = 8;

    @Inject
    FieldVisitRepository visits;

    @Inject
    PlanningFacts facts;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title() {
        return "Visit planning";
    }

    @Override
    public String emptyText() {
        return "No visit planned or requested.";
    }

    @Override
    public List<Line> lines(long accountId) {
        List<FieldVisit> list = visits.find("accountId = ?1 and status <> ?2", Sort.descending("id"), accountId,
                FieldVisit.Status.CANCELLED).page(0, SHOWN).list();
        Map<Long, String> reps = new HashMap<>();
        facts.reps().forEach(r -> reps.put(r.id(), r.name()));
        ZoneId zone = businessTime.zone();
        return list.stream().map(v -> {
            if (v.getPlannedStart() == null) {
                return new Line(v.getSource() == FieldVisit.Source.REQUESTED ? "Visit requested" : "Visit due",
                        v.getDurationMinutes() + " min, priority " + v.getPriority() + ", not planned yet", null);
            }
            var start = v.getPlannedStart().atZoneSameInstant(zone);
            String when = start.toLocalDate() + " " + PlanView.clock(start.toOffsetDateTime()) + " "
                    + java.time.format.DateTimeFormatter.ofPattern("z", java.util.Locale.UK).format(start);
            return new Line("Visit " + v.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " " + when
                    + " with " + reps.getOrDefault(v.getRepId(), "a rep"), v.getDurationMinutes() + " min"
                    + (v.getActivityId() != null ? ", in the rep's diary" : ""),
                    "/visits?from=" + start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }).toList();
    }
}
