package io.forecourt.visit;

import io.forecourt.visit.solver.RepDay;
import io.forecourt.visit.solver.Visit;
import io.forecourt.visit.solver.VisitPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** Reads a solved (or saved) plan back as itineraries, left-out visits and changes against the saved plan. */
final class Itineraries {

    private Itineraries() {
    }

    static PlanView of(PlanContext ctx, VisitPlan plan, String kind, LongPredicate showRep) {
        List<PlanView.Itinerary> itineraries = new ArrayList<>();
        List<PlanView.Unplanned> unplanned = new ArrayList<>();
        Map<String, RepDay> placed = new HashMap<>();
        for (RepDay rd : plan.getRepDays()) {
            if (rd.isUnplanned()) {
                continue;
            }
            rd.getVisits().forEach(v -> placed.put(v.getId(), rd));
            long repId = rd.getRepId();
            if (!showRep.test(repId) || rd.getVisits().isEmpty() && !rd.isAvailable()) {
                continue;
            }
            List<PlanView.Stop> stops = new ArrayList<>();
            long travel = 0;
            int order = 1;
            for (Visit v : rd.getVisits()) {
                PlanContext.VisitInfo i = ctx.visits().get(v.getId());
                travel += v.travelFromPrevious() + v.travelHome();
                stops.add(new PlanView.Stop(order++, v.getId(), i.visitId(), i.accountId(), i.account(), i.city(),
                        i.status().name(), v.getPinnedRepDayId() != null, ctx.at(v.getArrival()),
                        minutes(v.waiting()), ctx.at(v.serviceStart()), ctx.at(v.departure()),
                        minutes(v.travelFromPrevious()), i.lat(), i.lon()));
            }
            itineraries.add(new PlanView.Itinerary(repId, ctx.reps().get(repId), rd.getDay(), rd.isAvailable(),
                    ctx.at(rd.getWorkStart()), ctx.at(rd.homeArrival()), minutes(travel), rd.getHome().y(),
                    rd.getHome().x(), stops));
        }
        itineraries.sort(Comparator.comparing(PlanView.Itinerary::rep).thenComparing(PlanView.Itinerary::day));
        for (PlanContext.VisitInfo i : ctx.visits().values()) {
            if (!placed.containsKey(i.modelId())) {
                unplanned.add(new PlanView.Unplanned(i.visitId(), i.accountId(), i.account(), i.priority(),
                        "no rep-day had room for it"));
            }
        }
        ctx.unplannable().forEach(u -> unplanned.add(new PlanView.Unplanned(u.visitId(), u.accountId(), u.account(),
                0, u.why())));
        unplanned.sort(Comparator.comparing(PlanView.Unplanned::priority).reversed()
                .thenComparing(PlanView.Unplanned::account));
        String score = plan.getScore() == null ? null : plan.getScore().toShortString();
        List<PlanView.Change> changes = "draft".equals(kind) ? changes(ctx, placed) : List.of();
        return new PlanView(ctx.horizon().from(), ctx.horizon().to(), kind, score, itineraries, unplanned, changes);
    }

    private static List<PlanView.Change> changes(PlanContext ctx, Map<String, RepDay> placed) {
        List<PlanView.Change> changes = new ArrayList<>();
        for (PlanContext.VisitInfo i : ctx.visits().values()) {
            RepDay now = placed.get(i.modelId());
            String before = i.wasPlanned() ? where(ctx, i.repId(), i.day()) : null;
            String after = now == null ? null : where(ctx, now.getRepId(), now.getDay());
            if (before == null && after != null) {
                changes.add(new PlanView.Change("NEW", i.visitId(), i.accountId(), i.account(), null, after));
            } else if (before != null && after == null) {
                changes.add(new PlanView.Change("DROPPED", i.visitId(), i.accountId(), i.account(), before, null));
            } else if (before != null && !before.equals(after)) {
                changes.add(new PlanView.Change("MOVED", i.visitId(), i.accountId(), i.account(), before, after));
            }
        }
        changes.sort(Comparator.comparing(PlanView.Change::kind).thenComparing(PlanView.Change::account));
        return changes;
    }

    private static String where(PlanContext ctx, long repId, LocalDate day) {
        return ctx.reps().getOrDefault(repId, "rep " + repId) + ", " + day.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + day;
    }

    private static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }
}
