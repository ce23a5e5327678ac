package io.forecourt.visit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** The saved plan as itineraries, and the changes re-planning reacts to: requested visits, days off, progress. */
@ApplicationScoped
public class VisitService {

    @Inject
    ProblemBuilder builder;

    @Inject
    FieldVisitRepository visits;

    @Inject
    CurrentUser currentUser;

    @Inject
    VisitConfig config;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Inject
    AccountRepository accounts;

    @Inject
    VisitRepositories.Schedules schedules;

    @Inject
    VisitRepositories.DaysOff daysOff;

    @Inject
    PlanningFacts facts;

    /** Planners and admins see every rep's itineraries, managers their team's, reps their own. */
    public PlanView itineraries(LocalDate from, LocalDate to, Long repId) {
        Horizon h = Horizon.of(from, to, today());
        ProblemBuilder.Built built = builder.build(h, false);
        boolean everyone = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        PlanView plan = Itineraries.of(built.context(), built.plan(), "saved",
                rep -> (everyone || currentUser.ownerScope().includes(rep)) && (repId == null || repId == rep));
        return everyone ? plan : new PlanView(plan.from(), plan.to(), plan.kind(), null, plan.itineraries(),
                java.util.List.of(), java.util.List.of());
    }

    /** Reps taking part in visit planning, for the planner's forms. */
    public java.util.List<RepOption> reps() {
        return facts.reps().stream().map(r -> new RepOption(r.id(), r.name())).toList();
    }

    public record RepOption(long id, String name) {
    }

    /** A visit as its rep (or their manager, or a planner) sees it; anyone else gets 404. */
    public VisitJson.VisitView get(long id) {
        FieldVisit v = visits.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Visit " + id));
        if (!(currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN))) {
            currentUser.requireCanSee(v.getRepId());
        }
        return VisitJson.VisitView.of(v);
    }

    @Transactional
    public VisitJson.VisitView request(@Valid @NotNull VisitJson.VisitRequest r) {
        Account account = accounts.findByIdOptional(r.accountId())
                .orElseThrow(() -> ForecourtException.notFound("Account " + r.accountId()));
        if (account.getLatitude() == null || account.getLongitude() == null) {
            throw new ForecourtException(422, "Cannot plan a visit", "The account has no location",
                    java.util.Map.of("violations", java.util.List.of(Violation.of("account-location",
                            "account has no latitude/longitude"))));
        }
        if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
            throw ForecourtException.badRequest("The requested window ends before it starts");
        }
        FieldVisit v = new FieldVisit(account.getId(), FieldVisit.Source.REQUESTED,
                r.durationMinutes() == null ? config.defaultVisitMinutes() : r.durationMinutes(),
                r.priority() == null ? 5 : r.priority());
        v.setRequested(r.from(), r.to());
        v.setNotes(r.notes() == null || r.notes().isBlank() ? null : r.notes().strip());
        v.setRequestedBy(currentUser.requireUserId());
        visits.persist(v);
        visits.flush();
        return VisitJson.VisitView.of(v);
    }

    /** A rep falls ill or takes a day: that day is unavailable to the next plan. */
    @Transactional
    public void dayOff(VisitJson.DayOff d) {
        // the rep's schedule row is locked, so two requests for the same day off come one after the other
        if (schedules.lockedFor(d.repId()).isEmpty()) {
            throw ForecourtException.notFound("Rep " + d.repId() + " in visit planning");
        }
        if (daysOff.findByIdOptional(new DayOff.Key(d.repId(), d.day())).isPresent()) {
            throw ForecourtException.conflict("The rep is already off on " + d.day());
        }
        daysOff.persist(new DayOff(d.repId(), d.day(), d.reason().strip()));
    }

    /** The assigned rep (or a planner) confirms, starts, finishes or cancels a visit; confirmed ones stay put. */
    @Transactional
    public VisitJson.VisitView changeStatus(long id, VisitJson.StatusChange change) {
        FieldVisit v = visits.findByIdOptional(id).orElseThrow(() -> ForecourtException.notFound("Visit " + id));
        boolean planner = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        if (!planner && (v.getRepId() == null || v.getRepId() != currentUser.requireUserId())) {
            throw ForecourtException.notFound("Visit " + id);
        }
        if (change.version() != v.getVersion()) {
            throw ForecourtException.stale("visit", v.getVersion());
        }
        FieldVisit.Status to;
        try {
            to = FieldVisit.Status.valueOf(change.status().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ForecourtException.badRequest("status is one of CONFIRMED, STARTED, DONE, CANCELLED");
        }
        if (!allowed(v.getStatus(), to)) {
            throw new ForecourtException(422, "Not allowed", "A " + v.getStatus() + " visit cannot become " + to,
                    java.util.Map.of("violations", java.util.List.of(Violation.of("visit-status",
                            v.getStatus() + " → " + to))));
        }
        v.setStatus(to);
        visits.flush();
        return VisitJson.VisitView.of(v);
    }

    private static boolean allowed(FieldVisit.Status from, FieldVisit.Status to) {
        return switch (to) {
            case CONFIRMED -> from == FieldVisit.Status.PLANNED;
            case STARTED -> from == FieldVisit.Status.PLANNED || from == FieldVisit.Status.CONFIRMED;
            case DONE -> from == FieldVisit.Status.STARTED || from == FieldVisit.Status.CONFIRMED;
            case CANCELLED -> from.open();
            default -> false;
        };
    }

    LocalDate today() {
        return businessTime.today();
    }
}
