package io.forecourt.forecast.flag;

import io.forecourt.account.Territory;
import io.forecourt.account.TerritoryRepository;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.forecast.Actuals;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.quota.QuotaService;
import io.forecourt.security.CurrentUser;
import io.forecourt.territory.RebalanceRequest;
import io.forecourt.territory.TerritoryService;
import io.forecourt.visit.VisitJobService;
import io.forecourt.visit.VisitJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Corrective actions: a manager turns a flag into coaching, a quota change, a territory rebalancing
 * draft or a visit-planning job; each has an owner and a due date, is tracked to closure and shows
 * its effect (the metric when taken, and at the end of the next period once it is over).
 */
@ApplicationScoped
public class CorrectiveActions {

    /** Seconds the rebalancing draft and the visit-planning job opened by an action may run. */
    static final int SOLVE_SECONDS = 10;

    @Inject
    CorrectiveActionRepository actions;

    @Inject
    FlagService flags;

    @Inject
    ForecastAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Actuals actuals;

    @Inject
    QuotaService quotas;

    @Inject
    TerritoryRepository territories;

    @Inject
    TerritoryService rebalancing;

    @Inject
    VisitJobService visitPlanning;

    @Transactional
    public ActionJson.ActionView create(ActionJson.NewAction r) {
        Flag flag = r.flagId() == null ? null : flags.require(r.flagId());
        Long repId = flag != null ? flag.getRepId() : r.repId();
        if (repId == null) {
            throw ForecourtException.badRequest("Name the flag (flagId) or the rep (repId) this action is about");
        }
        Subject rep = access.writable(Scope.REP, repId);
        long owner = r.ownerId() == null ? currentUser.requireUserId() : r.ownerId();
        if (!currentUser.ownerScope().includes(owner)) {
            throw refused("owner-out-of-team", "ownerId", "The owner is you or someone in your team");
        }
        Metric metric = r.metric() != null ? r.metric()
                : flag != null && FlagRules.VISITS_BELOW_PLAN.equals(flag.getRule()) ? Metric.VISITS : Metric.REVENUE;
        LocalDate today = actuals.today();
        Period period = r.period() != null ? Period.parse(r.period()) : Period.monthOf(today);
        BigDecimal now = actuals.of(rep, metric, period.start(), today.plusDays(1).isBefore(period.end())
                ? today.plusDays(1) : period.end());
        CorrectiveAction a = new CorrectiveAction(flag == null ? null : flag.getId(), rep.id(), rep.teamId(), r.kind(),
                owner, r.dueOn(), metric, period.code(), now, currentUser.requireUserId());
        a.setNote(r.note() == null || r.note().isBlank() ? null : r.note().strip());
        a.setFollowUpOn(r.followUpOn());
        switch (r.kind()) {
            case COACHING -> {
                if (a.getNote() == null || r.followUpOn() == null) {
                    throw refused("coaching-needs-note-and-follow-up", a.getNote() == null ? "note" : "followUpOn",
                            "Coaching needs a note and a follow-up date");
                }
            }
            case ADJUST_QUOTA -> {
                if (r.target() == null) {
                    throw refused("adjust-quota-needs-target", "target", "Name the new target");
                }
                quotas.upsert(rep, period.code(), metric, r.target(),
                        "Corrective action" + (a.getNote() == null ? "" : ": " + a.getNote()));
                a.setLink("/api/quotas?period=" + period.code() + "&scope=rep&id=" + rep.id());
            }
            case REASSIGN_ACCOUNTS -> a.setLink("/territories/jobs/" + rebalancing.start(new RebalanceRequest(
                    null, null, null, null, null, SOLVE_SECONDS, territoriesAround(rep))).job().id());
            case PLAN_VISITS -> {
                LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                a.setLink("/visits?from=" + monday + "&job=" + visitPlanning.start(new VisitJson.StartRequest(
                        monday, monday.plusDays(4), SOLVE_SECONDS, true)).id());
            }
        }
        actions.persist(a);
        return view(a);
    }

    @Transactional
    public ActionJson.ActionView close(long id, ActionJson.Closing r) {
        CorrectiveAction a = require(id);
        access.writable(Scope.REP, a.getRepId());
        if (r.version() != a.getVersion()) {
            throw ForecourtException.stale("corrective action", a.getVersion());
        }
        if (a.getStatus() != CorrectiveAction.Status.OPEN) {
            throw ForecourtException.conflict("This action is closed already (" + a.getStatus() + ")");
        }
        if (r.status() == CorrectiveAction.Status.OPEN) {
            throw refused("close-to-done-or-cancelled", "status", "Close an action as DONE or CANCELLED");
        }
        a.close(r.status(), r.note() == null || r.note().isBlank() ? null : r.note().strip());
        actions.flush();
        return view(a);
    }

    public List<ActionJson.ActionView> list(CorrectiveAction.Status status, Long repId) {
        return actions.search(access.listableReps(repId), status).stream().map(this::view).toList();
    }

    public ActionJson.ActionView get(long id) {
        return view(require(id));
    }

    private CorrectiveAction require(long id) {
        CorrectiveAction a = actions.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Corrective action " + id));
        if (!access.canRead(access.subject(Scope.REP, a.getRepId()))) {
            throw ForecourtException.notFound("Corrective action " + id);
        }
        return a;
    }

    /** The rep's territories and the other territories of their team: what a rebalancing may move. */
    private List<String> territoriesAround(Subject rep) {
        List<Territory> own = territories.list("repId", rep.id());
        if (own.isEmpty()) {
            throw refused("rep-without-territory", "repId", rep.name() + " works no territory to rebalance");
        }
        List<String> codes = new ArrayList<>(own.stream().map(Territory::getCode).toList());
        if (rep.teamId() != null) {
            territories.list("teamId = ?1 and (repId is null or repId <> ?2)", rep.teamId(), rep.id())
                    .forEach(t -> codes.add(t.getCode()));
        }
        return codes;
    }

    ActionJson.ActionView view(CorrectiveAction a) {
        Period next = Period.parse(a.getPeriod()).next();
        LocalDate today = actuals.today();
        BigDecimal after = a.getMetricNextEnd();
        if (after == null && !today.isBefore(next.end())) {
            after = actuals.of(access.subject(Scope.REP, a.getRepId()), a.getMetric(), next.start(), next.end());
        }
        return new ActionJson.ActionView(a.getId(), a.getFlagId(), a.getRepId(), access.nameOf(a.getRepId()), a.getKind(),
                access.nameOf(a.getOwnerId()), a.getDueOn(), a.getFollowUpOn(), a.getNote(), a.getLink(), a.getStatus(),
                a.getStatus() == CorrectiveAction.Status.OPEN && a.getDueOn().isBefore(today), a.getMetric(), a.getPeriod(),
                a.getMetricAtAction(), next.code(), after, a.getCreatedAt(), a.getClosedAt(), a.getClosingNote(), a.getVersion());
    }

    private static ForecourtException refused(String rule, String field, String message) {
        return new ForecourtException(422, "Action refused", message,
                Map.of("violations", List.of(Violation.field(field, rule, message))));
    }
}
