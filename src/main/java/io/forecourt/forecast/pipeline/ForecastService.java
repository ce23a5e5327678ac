package io.forecourt.forecast.pipeline;

import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.ForecastConfig;
import io.forecourt.forecast.Metric;
import io.forecourt.forecast.Period;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.forecast.quota.QuotaService;
import io.forecourt.opportunity.Opportunity;
import io.forecourt.opportunity.OpportunityConfig;
import io.forecourt.opportunity.OpportunityRepository;
import io.forecourt.opportunity.Stage;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The human forecast: each opportunity's category (the stage's default or the rep's override),
 * the weighted pipeline by expected close period, reps' submissions, managers' adjustments and the
 * roll-up rep → team → company.
 */
@ApplicationScoped
public class ForecastService {

    @Inject
    ForecastAccess access;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    OpportunityConfig opportunityConfig;

    @Inject
    AccountAccess accountAccess;

    @Inject
    CurrentUser currentUser;

    @Inject
    ForecastRepositories.Overrides overrides;

    @Inject
    ForecastRepositories.Entries entries;

    @Inject
    QuotaService quotas;

    @Inject
    ForecastConfig config;

    @Transactional
    public ForecastJson.Deal categorize(long opportunityId, ForecastJson.CategoryRequest r) {
        Opportunity o = opportunities.findByIdOptional(opportunityId)
                .orElseThrow(() -> ForecourtException.notFound("Opportunity " + opportunityId));
        accountAccess.requireRecordWritable(o.getAccountId(), o.getOwnerId(), "Opportunity " + opportunityId);
        CategoryOverride existing = overrides.findByIdOptional(opportunityId).orElse(null);
        int current = existing == null ? 0 : existing.getVersion();
        if (r.version() != null && r.version() != current) {
            throw ForecourtException.stale("forecast category", current);
        }
        if (r.category() == null) {
            if (existing != null) {
                overrides.delete(existing);
            }
            return deal(o, null);
        }
        if (r.category() != ForecastCategory.defaultFor(o.getStage()) && (r.note() == null || r.note().isBlank())) {
            throw new ForecourtException(422, "Note required", "Say why this deal is " + r.category().words().toLowerCase()
                    + " rather than " + ForecastCategory.defaultFor(o.getStage()).words().toLowerCase(),
                    Map.of("violations", List.of(io.forecourt.common.web.Violation.field("note", "note-required",
                            "is required when the category differs from the stage's"))));
        }
        CategoryOverride c = existing != null ? existing : new CategoryOverride(opportunityId);
        c.set(r.category(), r.note() == null ? null : r.note().strip(), currentUser.requireUserId());
        if (existing == null) {
            overrides.persist(c);
        }
        overrides.flush();
        return deal(o, c);
    }

    public ForecastJson.Pipeline pipeline(String period, String scope, Long id) {
        Subject s = subject(scope, id);
        return pipeline(s, Period.parse(period));
    }

    public ForecastJson.Pipeline pipeline(Subject s, Period period) {
        List<Opportunity> deals = opportunities.closingBetween(s.ownerIds(), period.start(), period.end()).stream()
                .filter(o -> config.currency().equals(o.getCurrency())).toList();
        Map<Long, CategoryOverride> own = overrides.of(deals.stream().map(Opportunity::getId).toList());
        List<ForecastJson.Deal> views = deals.stream().map(o -> deal(o, own.get(o.getId()))).toList();
        Map<String, List<ForecastJson.Deal>> byCategory = new LinkedHashMap<>();
        for (ForecastCategory c : ForecastCategory.values()) {
            byCategory.put(c.name(), views.stream().filter(d -> d.category() == c).toList());
        }
        Map<String, List<ForecastJson.Deal>> byStage = new LinkedHashMap<>();
        for (Stage st : Stage.values()) {
            byStage.put(st.name(), views.stream().filter(d -> d.stage() == st).toList());
        }
        List<ForecastJson.Deal> counted = views.stream().filter(d -> d.category() != ForecastCategory.OMITTED).toList();
        return new ForecastJson.Pipeline(period.code(), s.name(), sum(counted, true),
                sum(views.stream().filter(d -> d.stage() == Stage.CLOSED_WON).toList(), false),
                buckets(byCategory), buckets(byStage), views);
    }

    @Transactional
    public ForecastJson.Entry submit(ForecastJson.Submission r) {
        currentUser.requireRole(Role.REP);
        Subject me = access.subject(Scope.REP, currentUser.requireUserId());
        ForecastEntry e = new ForecastEntry(ForecastEntry.Kind.SUBMITTED, Scope.REP, me.id(), me.teamId(),
                Period.parse(r.period()).code(), money(r.commit()), money(r.bestCase()), note(r.note()), me.id(), null);
        entries.persist(e);
        return view(e);
    }

    @Transactional
    public ForecastJson.Entry adjust(ForecastJson.Adjustment r) {
        Subject s = access.writable(Scope.parse(r.scope()), r.id());
        ForecastEntry e = new ForecastEntry(ForecastEntry.Kind.ADJUSTED, s.scope(), s.id(), s.teamId(),
                Period.parse(r.period()).code(), money(r.commit()), money(r.bestCase()), note(r.note()),
                currentUser.requireUserId(), null);
        entries.persist(e);
        return view(e);
    }

    public List<ForecastJson.Entry> history(String period, String scope, Long id) {
        Subject s = subject(scope, id);
        return entries.history(s.scope(), s.id(), Period.parse(period).code()).stream().map(this::view).toList();
    }

    /** The roll-up: scope rep (one line), team (its reps, then the team) or company (admins: each team). */
    public ForecastJson.RollUp rollUp(String period, String scope, Long id) {
        Period p = Period.parse(period);
        if ("company".equalsIgnoreCase(scope)) {
            List<ForecastJson.Line> teams = new ArrayList<>();
            for (Team t : access.visibleTeams()) {
                teams.add(rollUp(access.subject(Scope.TEAM, t.getId()), p).total());
            }
            BigDecimal quota = teams.stream().map(ForecastJson.Line::quota).filter(q -> q != null)
                    .reduce(null, ForecastService::add);
            return new ForecastJson.RollUp(p.code(), teams, new ForecastJson.Line("company", 0, "Company", quota,
                    sumFigures(teams.stream().map(ForecastJson.Line::submitted).toList()),
                    sumFigures(teams.stream().map(l -> l.adjusted() != null ? l.adjusted() : l.submitted()).toList()),
                    teams.stream().map(ForecastJson.Line::weightedPipeline).reduce(BigDecimal.ZERO, BigDecimal::add),
                    teams.stream().map(ForecastJson.Line::closedWon).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return rollUp(subject(scope, id), p);
    }

    ForecastJson.RollUp rollUp(Subject s, Period p) {
        if (s.scope() == Scope.REP) {
            ForecastJson.Line line = line(s, p);
            return new ForecastJson.RollUp(p.code(), List.of(line), line);
        }
        if (s.scope() != Scope.TEAM) {
            throw ForecourtException.badRequest("Forecasts roll up by rep, team or company");
        }
        List<ForecastJson.Line> reps = new ArrayList<>();
        for (User u : access.reps(s.id())) {
            reps.add(line(access.subject(Scope.REP, u.getId()), p));
        }
        ForecastJson.Figures submitted = sumFigures(reps.stream().map(ForecastJson.Line::submitted).toList());
        Optional<ForecastEntry> teamAdjusted = entries.current(ForecastEntry.Kind.ADJUSTED, Scope.TEAM, s.id(), p.code(), null);
        ForecastJson.Figures adjusted = teamAdjusted.map(ForecastService::figures).orElseGet(() ->
                reps.stream().anyMatch(l -> l.adjusted() != null)
                        ? sumFigures(reps.stream().map(l -> l.adjusted() != null ? l.adjusted() : l.submitted()).toList())
                        : null);
        ForecastJson.Line total = new ForecastJson.Line("team", s.id(), s.name(),
                quotas.target(s, p, Metric.REVENUE).orElseGet(() -> reps.stream().map(ForecastJson.Line::quota)
                        .filter(q -> q != null).reduce(null, ForecastService::add)), submitted, adjusted,
                reps.stream().map(ForecastJson.Line::weightedPipeline).reduce(BigDecimal.ZERO, BigDecimal::add),
                reps.stream().map(ForecastJson.Line::closedWon).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new ForecastJson.RollUp(p.code(), reps, total);
    }

    private ForecastJson.Line line(Subject rep, Period p) {
        ForecastJson.Pipeline pipe = pipeline(rep, p);
        return new ForecastJson.Line("rep", rep.id(), rep.name(), quotas.target(rep, p, Metric.REVENUE).orElse(null),
                entries.current(ForecastEntry.Kind.SUBMITTED, Scope.REP, rep.id(), p.code(), null).map(ForecastService::figures).orElse(null),
                entries.current(ForecastEntry.Kind.ADJUSTED, Scope.REP, rep.id(), p.code(), null).map(ForecastService::figures).orElse(null),
                pipe.weighted(), pipe.closedWon());
    }

    /** Scope rep without an id is the caller; team without an id the caller's first team. */
    Subject subject(String scope, Long id) {
        Scope s = Scope.parse(scope);
        if (id != null) {
            return access.readable(s, id);
        }
        if (s == Scope.REP) {
            return access.readable(s, currentUser.requireUserId());
        }
        return access.visibleTeams().stream().findFirst().map(t -> access.readable(Scope.TEAM, t.getId()))
                .orElseThrow(() -> ForecourtException.badRequest("Name the " + s.name().toLowerCase() + " with id"));
    }

    int probability(Opportunity o) {
        return o.getProbability() != null ? o.getProbability() : opportunityConfig.probability(o.getStage());
    }

    private ForecastJson.Deal deal(Opportunity o, CategoryOverride c) {
        int p = probability(o);
        ForecastCategory category = c != null ? c.getCategory() : ForecastCategory.defaultFor(o.getStage());
        if (o.getStage() == Stage.CLOSED_WON) {
            category = ForecastCategory.CLOSED;
        } else if (o.getStage() == Stage.CLOSED_LOST) {
            category = ForecastCategory.OMITTED;
        }
        return new ForecastJson.Deal(o.getId(), o.getName(), access.nameOf(o.getOwnerId()), o.getStage(),
                o.getExpectedCloseDate(), o.getAmount(), p,
                o.getAmount().multiply(BigDecimal.valueOf(p)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
                category, c != null, c == null ? null : c.getNote(), c == null ? 0 : c.getVersion());
    }

    private static List<ForecastJson.Bucket> buckets(Map<String, List<ForecastJson.Deal>> groups) {
        return groups.entrySet().stream().map(e -> new ForecastJson.Bucket(e.getKey(), e.getValue().size(),
                sum(e.getValue(), false), sum(e.getValue(), true))).toList();
    }

    private static BigDecimal sum(List<ForecastJson.Deal> deals, boolean weighted) {
        return deals.stream().map(d -> weighted ? d.weighted() : d.amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static ForecastJson.Figures figures(ForecastEntry e) {
        return new ForecastJson.Figures(e.getCommit(), e.getBestCase());
    }

    static ForecastJson.Figures sumFigures(List<ForecastJson.Figures> all) {
        List<ForecastJson.Figures> some = all.stream().filter(f -> f != null).toList();
        if (some.isEmpty()) {
            return null;
        }
        return new ForecastJson.Figures(some.stream().map(ForecastJson.Figures::commit).reduce(BigDecimal.ZERO, BigDecimal::add),
                some.stream().map(ForecastJson.Figures::bestCase).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : a.add(b);
    }

    private ForecastJson.Entry view(ForecastEntry e) {
        return new ForecastJson.Entry(e.getId(), e.getKind().name(), e.getScope().name().toLowerCase(java.util.Locale.ROOT),
                e.getSubjectId(), e.getPeriod(), e.getCommit(), e.getBestCase(), e.getNote(), access.nameOf(e.getEnteredBy()),
                e.getEnteredAt());
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String note(String n) {
        return n == null || n.isBlank() ? null : n.strip();
    }

    /** For the statistical forecast and the backtest: the newest entry as of a moment. */
    Optional<ForecastEntry> entryAsOf(ForecastEntry.Kind kind, Scope scope, long id, String period, OffsetDateTime asOf) {
        return entries.current(kind, scope, id, period, asOf);
    }

    /** Each opportunity's forecast category (the override where a rep set one), by opportunity id. */
    public Map<Long, ForecastCategory> categories(List<Opportunity> deals) {
        Map<Long, CategoryOverride> own = overrides.of(deals.stream().map(Opportunity::getId).toList());
        Map<Long, ForecastCategory> out = new java.util.HashMap<>();
        deals.forEach(o -> out.put(o.getId(), deal(o, own.get(o.getId())).category()));
        return out;
    }

    /** Every rep-level forecast entry of these reps, oldest first (for the backtest). */
    public List<ForecastEntry> entriesOf(java.util.Collection<Long> repIds) {
        return entries.ofReps(repIds);
    }

    /** The probability an opportunity's stage gives by default. */
    public int defaultProbability(Stage stage) {
        return opportunityConfig.probability(stage);
    }
}
