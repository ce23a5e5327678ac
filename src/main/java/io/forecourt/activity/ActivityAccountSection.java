package io.forecourt.activity;

import io.forecourt.account.AccountSection;
import io.forecourt.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The account page's activity timeline: the latest contacts, planned and done, newest first. */
@ApplicationScoped
class ActivityAccountSection implements AccountSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", java.util.Locale.UK);

    @Inject
    ActivityService activities;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Activity timeline";
    }

    @Override
    public String emptyText() {
        return "No contact logged yet.";
    }

    /** Planners read accounts, not the contact log or leads: the page leaves this section out for them. */
    @Override
    @RolesAllowed({Role.REP, Role.MANAGER, Role.ADMIN})
    public List<Line> lines(long accountId) {
        return activities.list(new ActivityRepository.Filter(accountId, null, null, null, null)).stream()
                .sorted(Comparator.comparing(ActivityAccountSection::when).reversed())
                .limit(20)
                .map(a -> new Line(WHEN.format(when(a).atZoneSameInstant(businessTime.zone())) + " · " + words(a.type()) + " · " + words(a.purpose())
                        + " · " + a.owner() + (a.doneAt() == null ? " (planned)" : ""),
                        a.outcome() == null ? a.notes() : words(a.outcome()) + (a.notes() == null ? "" : ": " + a.notes()),
                        null))
                .toList();
    }

    @Override
    public Line action(long accountId) {
        return new Line("Log or plan a contact", "the page warns first if a colleague is on it",
                "/accounts/" + accountId + "/activities/new");
    }

    private static java.time.OffsetDateTime when(ActivityView a) {
        return a.doneAt() != null ? a.doneAt() : a.plannedAt();
    }

    private static String words(String code) {
        return code == null ? "" : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
