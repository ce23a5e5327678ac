package io.forecourt.visit;

import io.forecourt.activity.ActivityRequest;
import io.forecourt.activity.ActivityService;
import io.forecourt.activity.ActivityView;
import io.forecourt.activity.DuplicateEffort;
import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Puts planned visits into reps' diaries as planned VISIT activities, through the activity service, so the
 * CRM's duplicate-effort guard judges each one. One transaction per visit: a clash leaves that visit
 * unpublished and the others go ahead.
 */
@ApplicationScoped
class VisitPublisher {

    @Inject
    EntityManager em;

    @Inject
    ActivityService activities;

    @Inject
    VisitConfig config;

    /** Publishes one visit; a clash answers {@link DuplicateEffort} (409) unless {@code overrideReason} is given. */
    @Transactional
    VisitJson.PublishedVisit publish(long visitId, String overrideReason) {
        FieldVisit v = em.find(FieldVisit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw ForecourtException.notFound("Visit " + visitId);
        }
        if (v.getActivityId() != null) {
            throw ForecourtException.conflict("This visit is already published");
        }
        if (v.getPlannedStart() == null || !(v.getStatus() == FieldVisit.Status.PLANNED
                || v.getStatus() == FieldVisit.Status.CONFIRMED)) {
            throw ForecourtException.conflict("Only planned visits are published; this one is " + v.getStatus());
        }
        ActivityView a = activities.planVisitFor(v.getRepId(), v.getAccountId(), config.publishPurpose(),
                v.getPlannedStart(), v.getDurationMinutes(), "Planned visit" + (v.getNotes() == null ? ""
                        : ": " + v.getNotes()),
                overrideReason == null || overrideReason.isBlank() ? null : new ActivityRequest.Override(overrideReason.strip()));
        v.setActivityId(a.id());
        return new VisitJson.PublishedVisit(v.getId(), a.id(), a.accountName(), a.owner(), v.getPlannedStart());
    }
}
