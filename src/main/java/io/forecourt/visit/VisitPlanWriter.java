package io.forecourt.visit;

import io.forecourt.activity.ActivityService;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.visit.solver.RepDay;
import io.forecourt.visit.solver.Visit;
import io.forecourt.visit.solver.VisitPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one method that saves a solved plan: it copies the planning variables of the job's snapshot into the
 * visits, in one transaction, and records who applied which job. Visits changed since the plan was built
 * (their version moved), or accounts that got a visit meanwhile, make it a 409: nothing is overwritten.
 */
@ApplicationScoped
class VisitPlanWriter {

    @Inject
    EntityManager em;

    @Inject
    FieldVisitRepository visits;

    @Inject
    VisitRepositories.Plans plans;

    @Inject
    ActivityService activities;

    @Transactional
    VisitJson.Applied apply(String jobId, PlanContext ctx, VisitPlan plan, long userId) {
        // one apply at a time: two plans placing the same due account must not both record a visit for it
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext('visit-plan-apply'))) l")
                .getSingleResult();
        if (plans.applied(jobId)) {
            throw ForecourtException.conflict("This plan is already applied");
        }
        Map<String, FieldVisit> byModelId = new HashMap<>();
        for (PlanContext.VisitInfo i : ctx.visits().values()) {
            if (i.visitId() == null) {
                continue;
            }
            FieldVisit v = em.find(FieldVisit.class, i.visitId(), LockModeType.PESSIMISTIC_WRITE);
            if (v == null || v.getVersion() != i.version()) {
                throw stale();
            }
            // a second plan built from the same state must fail even where this one changes nothing
            em.lock(v, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            byModelId.put(i.modelId(), v);
        }
        Set<Long> withOpenVisit = new HashSet<>(visits.accountsWithOpenVisit());
        int planned = 0;
        int created = 0;
        int rescheduled = 0;
        java.util.List<VisitJson.Withdrawn> withdrawn = new java.util.ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (RepDay rd : plan.getRepDays()) {
            if (rd.isUnplanned()) {
                continue;
            }
            int order = 1;
            for (Visit mv : rd.getVisits()) {
                PlanContext.VisitInfo i = ctx.visits().get(mv.getId());
                FieldVisit v = byModelId.get(mv.getId());
                if (v == null) {
                    if (withOpenVisit.contains(i.accountId())) {
                        throw stale();
                    }
                    v = new FieldVisit(i.accountId(), FieldVisit.Source.DUE, i.minutes(), i.priority());
                    visits.persist(v);
                    created++;
                }
                Long publishedAs = v.getActivityId();
                Long repBefore = v.getRepId();
                java.time.OffsetDateTime startBefore = v.getPlannedStart();
                long rep = rd.getRepId();
                v.plan(rep, rd.getDay(), order++, ctx.at(mv.serviceStart()), ctx.at(mv.departure()));
                if (publishedAs != null && repBefore != null && repBefore != rep) {
                    v.setActivityId(null);
                    withdrawn.add(withdrawn(i, publishedAs, ctx.reps().get(repBefore)));
                } else if (publishedAs != null && !v.getPlannedStart().isEqual(startBefore)) {
                    if (activities.reschedulePlannedVisit(publishedAs, v.getPlannedStart())) {
                        rescheduled++;
                    } else {
                        v.setActivityId(null);
                    }
                }
                placed.add(mv.getId());
                planned++;
            }
        }
        int unplanned = 0;
        for (Map.Entry<String, FieldVisit> e : byModelId.entrySet()) {
            if (!placed.contains(e.getKey())) {
                FieldVisit v = e.getValue();
                if (v.getActivityId() != null) {
                    withdrawn.add(withdrawn(ctx.visits().get(e.getKey()), v.getActivityId(), ctx.reps().get(v.getRepId())));
                }
                v.unplan();
                unplanned++;
            }
        }
        String score = plan.getScore().toShortString();
        plans.persist(new AppliedPlan(jobId, ctx.horizon(), userId, score, planned, unplanned));
        return new VisitJson.Applied(jobId, ctx.horizon().from(), ctx.horizon().to(), planned, unplanned, created,
                rescheduled, withdrawn, score);
    }

    private static VisitJson.Withdrawn withdrawn(PlanContext.VisitInfo i, long activityId, String rep) {
        return new VisitJson.Withdrawn(i.visitId(), activityId, i.account(), rep);
    }

    private static ForecourtException stale() {
        return ForecourtException.conflict("Visits changed since this plan was made (a visit was confirmed, moved"
                + " or added); start a new plan");
    }
}
