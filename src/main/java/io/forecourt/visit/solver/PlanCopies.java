package io.forecourt.visit.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Independent copies of a plan, so one solver attempt can never spoil the best plan found so far. */
final class PlanCopies {

    private PlanCopies() {
    }

    /**
     * Copies the plan keeping only the rep-days {@code keep} accepts; visits of dropped rep-days are left
     * unassigned (the construction heuristic reinserts them).
     */
    static VisitPlan copy(VisitPlan plan, Predicate<RepDay> keep) {
        Map<String, Visit> visits = new HashMap<>();
        List<Visit> visitList = new ArrayList<>();
        for (Visit v : plan.getVisits()) {
            Visit c = new Visit(v.getId(), v.getLocation(), v.getDuration(), v.getWindows(), v.getDemand(),
                    v.getPriority(), v.getPinnedRepDayId());
            c.setPreviousRepDayId(v.getPreviousRepDayId());
            c.setPreferredRepId(v.getPreferredRepId());
            visits.put(c.getId(), c);
            visitList.add(c);
        }
        List<RepDay> repDays = new ArrayList<>();
        for (RepDay r : plan.getRepDays()) {
            if (!keep.test(r)) {
                continue;
            }
            RepDay c = r.isUnplanned() ? RepDay.unplannedBucket(r.getHome())
                    : new RepDay(r.getId(), r.getRepId(), r.getDay(), r.getHome(), r.getWorkStart(), r.getWorkEnd(),
                            r.getMaxVisits(), r.getCapacity(), r.isAvailable(), r.getTravelTimes());
            c.setVisits(new ArrayList<>(r.getVisits().stream().map(v -> visits.get(v.getId())).toList()));
            repDays.add(c);
        }
        VisitPlan copy = new VisitPlan(repDays, visitList, plan.getPolicy());
        copy.setScore(plan.getScore());
        copy.withTimeLimit(plan.getTimeLimit());
        return copy.updateShadows();
    }
}
