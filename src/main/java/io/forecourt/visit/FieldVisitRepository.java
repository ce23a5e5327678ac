package io.forecourt.visit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class FieldVisitRepository implements PanacheRepository<FieldVisit> {

    private static final List<FieldVisit.Status> OPEN = List.of(FieldVisit.Status.PROPOSED,
            FieldVisit.Status.PLANNED, FieldVisit.Status.CONFIRMED, FieldVisit.Status.STARTED);

    private static final List<FieldVisit.Status> ON_PLAN = List.of(FieldVisit.Status.PLANNED,
            FieldVisit.Status.CONFIRMED, FieldVisit.Status.STARTED, FieldVisit.Status.DONE);

    /** What a plan of this horizon places: visits planned on its days, and proposed ones it may hold. */
    List<FieldVisit> toPlan(Horizon h) {
        return list("status in :open and ((plannedDay between :from and :to) or (status = :proposed"
                        + " and (requestedFrom is null or requestedFrom <= :to) and (requestedTo is null or requestedTo >= :from)))"
                        + " order by id",
                Parameters.with("open", OPEN).and("from", h.from()).and("to", h.to())
                        .and("proposed", FieldVisit.Status.PROPOSED));
    }

    /** The saved plan of these reps on these days, in route order. */
    List<FieldVisit> onPlan(Horizon h, Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return list("status in :onPlan and plannedDay between :from and :to and repId in :reps"
                        + " order by repId, plannedDay, plannedOrder",
                Parameters.with("onPlan", ON_PLAN).and("from", h.from()).and("to", h.to()).and("reps", repIds));
    }

    /** Accounts that already have a visit to make (so no second one is due). */
    List<Long> accountsWithOpenVisit() {
        return getEntityManager().createQuery("select distinct v.accountId from FieldVisit v where v.status in :open",
                Long.class).setParameter("open", OPEN).getResultList();
    }

    /** Planned visits of these days not yet published into the CRM. */
    List<FieldVisit> unpublished(Horizon h) {
        return list("status in :planned and activityId is null and plannedDay between :from and :to"
                        + " order by plannedDay, repId, plannedOrder",
                Parameters.with("planned", List.of(FieldVisit.Status.PLANNED, FieldVisit.Status.CONFIRMED))
                        .and("from", h.from()).and("to", h.to()));
    }
}
