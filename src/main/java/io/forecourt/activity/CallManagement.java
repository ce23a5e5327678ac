package io.forecourt.activity;

import io.forecourt.account.AccountRepository;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A rep's call list for a day, and how often calls succeed, per rep. */
@ApplicationScoped
public class CallManagement {

    @Inject
    ActivityRepository activities;

    @Inject
    ActivityViews views;

    @Inject
    ActivityConfig config;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    /** TODO: a rep with more accounts needs a search field instead of one long list. */
    static final int ACCOUNT_CHOICES = 300;

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    @jakarta.inject.Inject
    io.forecourt.lead.NewLeads newLeads;

    /** The current rep's day; {@code types} narrows the planned contacts (the API lists calls only). */
    @Transactional
    public CallList day(LocalDate date, Set<Activity.Type> types) {
        long me = currentUser.requireUserId();
        OffsetDateTime start = date.atStartOfDay(zone()).toOffsetDateTime();
        OffsetDateTime end = date.plusDays(1).atStartOfDay(zone()).toOffsetDateTime();
        List<ActivityView> planned = activities.plannedBetween(me, start, end).stream()
                .filter(a -> types.contains(a.getType())).map(views::of).toList();
        List<ActivityView> followUps = activities.overdueFollowUps(me, date).stream().map(views::of).toList();
        List<CallList.Prospect> prospects = activities.prospectsNeverContacted(OwnerScope.of(Set.of(me)),
                        config.notContactedLimit()).stream()
                .map(a -> new CallList.Prospect(a.getId(), a.getName(), a.getCity(), a.getPhone())).toList();
        return new CallList(date, planned, followUps, prospects, newLeads.of(me, config.notContactedLimit()));
    }

    /** The rep's day with what the page's forms offer: accounts in scope, types, purposes, outcomes. */
    @Transactional
    public MyDay myDay(LocalDate date) {
        CallList day = day(date, EnumSet.allOf(Activity.Type.class));
        List<MyDay.AccountChoice> choices = accounts.listVisible(currentUser.ownerScope(), 0, ACCOUNT_CHOICES).stream()
                .map(a -> new MyDay.AccountChoice(a.getId(), a.getName())).toList();
        return new MyDay(day, choices, names(Activity.Type.values()), config.purposes(),
                names(Activity.Outcome.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** Per rep in the caller's scope: done calls in [from, to] and the share with a successful outcome. */
    @Transactional
    public SuccessRate successRate(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(zone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone()).toOffsetDateTime();
        List<SuccessRate.Row> rows = activities.callTallies(currentUser.ownerScope(), start, end).stream()
                .map(r -> {
                    long done = ((Number) r[1]).longValue();
                    long ok = r[2] == null ? 0 : ((Number) r[2]).longValue();
                    Long owner = (Long) r[0];
                    return new SuccessRate.Row(owner, views.name(owner), done, ok,
                            done == 0 ? 0 : Math.round(1000.0 * ok / done) / 1000.0);
                }).toList();
        List<String> successes = Activity.Outcome.successes().stream().map(Enum::name).sorted().toList();
        return new SuccessRate(from, to, successes, rows);
    }

    ZoneId zone() {
        return businessTime.zone();
    }
}
