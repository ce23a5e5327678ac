package io.forecourt.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.account.Account;
import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

/** Plans, logs and changes contacts; every write passes the account check and the duplicate-effort guard. */
@ApplicationScoped
public class ActivityService {

    static final int LIST_LIMIT = 500;

    @Inject
    ActivityRepository activities;

    @Inject
    AccountAccess accountAccess;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActivityGuard guard;

    @Inject
    ActivityViews views;

    @Inject
    Vocabulary vocabulary;

    @Transactional
    public ActivityView create(@Valid @NotNull ActivityRequest request) {
        Account account = accountAccess.requireWritable(request.accountId());
        Activity a = new Activity(account.getId(), vocabulary.type(request.type()),
                vocabulary.purpose(request.purpose()), vocabulary.department(request.department()),
                currentUser.requireUserId());
        apply(a, request);
        recordOverride(a, guard.check(account, a.getPurpose(), a.getWhen(), null, request.override()),
                request.override());
        activities.persist(a);
        return views.of(a);
    }

    @Transactional
    public ActivityView update(long id, @Valid @NotNull ActivityRequest request) {
        Activity a = requireWritable(id);
        if (request.version() == null) {
            throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
        }
        if (request.version() != a.getVersion()) {
            throw ForecourtException.stale("activity", a.getVersion());
        }
        Account account = accountAccess.requireWritable(request.accountId());
        String purpose = vocabulary.purpose(request.purpose());
        checkTimes(request);
        // guarded before any change, so the guard's query flushes nothing and the version moves once
        Long overridden = guard.check(account, purpose, request.doneAt() != null ? request.doneAt()
                : request.plannedAt(), a, request.override());
        a.setAccountId(account.getId());
        a.setType(vocabulary.type(request.type()));
        a.setPurpose(purpose);
        if (request.department() != null) {
            a.setDepartment(vocabulary.department(request.department()));
        }
        apply(a, request);
        recordOverride(a, overridden, request.override());
        activities.flush();
        return views.of(a);
    }

    /** One tap on a planned contact: it is done now, with its outcome and perhaps a follow-up date. */
    @Transactional
    public ActivityView logOutcome(long id, @Valid @NotNull OutcomeRequest request) {
        Activity a = requireWritable(id);
        if (a.isDone()) {
            throw ForecourtException.conflict("The outcome of this activity is already logged");
        }
        a.setOutcome(vocabulary.outcome(request.outcome()));
        a.setDoneAt(OffsetDateTime.now());
        if (request.notes() != null && !request.notes().isBlank()) {
            a.setNotes(request.notes().strip());
        }
        a.setFollowUpOn(request.followUpOn());
        a.setDurationMinutes(request.durationMinutes());
        activities.flush();
        return views.of(a);
    }

    public ActivityView get(long id) {
        return views.of(requireVisible(id));
    }

    public List<ActivityView> list(ActivityRepository.Filter filter) {
        if (filter.accountId() != null) {
            accountAccess.requireVisible(filter.accountId());
        }
        return activities.search(filter, currentUser.ownerScope(), LIST_LIMIT).stream().map(views::of).toList();
    }

    /**
     * Puts a planned visit in a rep's diary on a planner's behalf (visit planning's publish): the rep owns
     * it and the duplicate-effort guard checks it as if the rep had planned it. The caller has checked
     * that the current user may plan for others; a clash answers {@link DuplicateEffort} unless overridden.
     */
    @Transactional
    public ActivityView planVisitFor(long ownerId, long accountId, String purpose, OffsetDateTime at,
                                     int durationMinutes, String notes, ActivityRequest.Override override) {
        Account account = activities.getEntityManager().find(Account.class, accountId);
        if (account == null) {
            throw ForecourtException.notFound("Account " + accountId);
        }
        Activity a = new Activity(account.getId(), Activity.Type.VISIT, vocabulary.purpose(purpose),
                Activity.Department.SALES, ownerId);
        a.setPlannedAt(at);
        a.setDurationMinutes(durationMinutes);
        a.setNotes(notes);
        Long overridden = guard.check(account, a.getPurpose(), at, null, override, ownerId);
        recordOverride(a, overridden, override);
        activities.persist(a);
        return views.of(a);
    }

    /**
     * Moves a published planned visit to its new time after a re-plan (same rep, same account, same purpose,
     * so the guard has nothing new to judge). Returns false when the activity is gone or already done.
     */
    @Transactional
    public boolean reschedulePlannedVisit(long activityId, OffsetDateTime at) {
        Activity a = activities.findById(activityId);
        if (a == null || a.isDone() || a.getType() != Activity.Type.VISIT) {
            return false;
        }
        a.setPlannedAt(at);
        return true;
    }

    /** When each of these accounts last had a visit done (for visit planning's due visits). */
    public java.util.Map<Long, OffsetDateTime> lastDoneVisits(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, OffsetDateTime> last = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            activities.getEntityManager().createQuery("select a.accountId, max(a.doneAt) from Activity a where a.type = :visit"
                            + " and a.doneAt is not null and a.accountId in :ids group by a.accountId", Object[].class)
                    .setParameter("visit", Activity.Type.VISIT).setParameter("ids", accountIds).getResultList()
                    .forEach(r -> last.put((Long) r[0], (OffsetDateTime) r[1]));
        }
        return last;
    }

    private Activity requireVisible(long id) {
        Activity a = activities.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Activity " + id));
        accountAccess.requireRecordVisible(a.getAccountId(), a.getOwnerId(), "Activity " + id);
        return a;
    }

    /** Colleagues who share an account see each other's contacts, but each changes only their own. */
    private Activity requireWritable(long id) {
        Activity a = activities.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Activity " + id));
        accountAccess.requireRecordWritable(a.getAccountId(), a.getOwnerId(), "Activity " + id);
        return a;
    }

    private void recordOverride(Activity a, Long overridden, ActivityRequest.Override override) {
        if (overridden != null) {
            a.overrode(overridden, override.reason().strip(), currentUser.requireUserId());
        }
    }

    private static void checkTimes(ActivityRequest r) {
        if (r.plannedAt() == null && r.doneAt() == null) {
            throw ForecourtException.badRequest("Give plannedAt (to plan it) or doneAt (to log it)");
        }
        if (r.doneAt() != null && r.doneAt().isAfter(OffsetDateTime.now().plusMinutes(5))) {
            throw ForecourtException.badRequest("doneAt lies in the future; plan it with plannedAt instead");
        }
    }

    private void apply(Activity a, ActivityRequest r) {
        checkTimes(r);
        a.setPlannedAt(r.plannedAt());
        a.setDoneAt(r.doneAt());
        a.setOutcome(r.outcome() == null || r.outcome().isBlank() ? null : vocabulary.outcome(r.outcome()));
        a.setNotes(r.notes() == null || r.notes().isBlank() ? null : r.notes().strip());
        a.setDurationMinutes(r.durationMinutes());
        a.setFollowUpOn(r.followUpOn());
    }
}
