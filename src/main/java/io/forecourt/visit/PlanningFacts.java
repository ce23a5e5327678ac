package io.forecourt.visit;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.activity.ActivityService;
import io.forecourt.security.UserRepository;
import io.forecourt.territory.TerritoryProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what visit planning needs from the CRM (accounts, activities, users) and the territory profiles
 * through those features' Java APIs, and visit planning's own schedules through its repositories, as plain records (never managed
 * entities, so nothing of it can reach a solver thread attached to a session). The territory feature's
 * profiles give a rep's home and an account's visit frequency and duration; without a row, the middle of the
 * rep's accounts and the forecourt.visits.* defaults stand in.
 */
@ApplicationScoped
class PlanningFacts {

    record Rep(long id, String name, int maxVisitsPerDay) {
    }

    record Period(int weekday, LocalTime from, LocalTime to) {
    }

    record Place(long id, String name, String city, Double lat, Double lon, String status, long ownerId) {
    }

    record Profile(int visitsPerPeriod, int visitMinutes) {
    }

    @Inject
    VisitRepositories.Schedules schedules;

    @Inject
    VisitRepositories.DaysOff daysOff;

    @Inject
    VisitRepositories.OpeningHours openingHours;

    @Inject
    UserRepository users;

    @Inject
    AccountRepository accounts;

    @Inject
    TerritoryProfiles territoryProfiles;

    @Inject
    ActivityService activities;

    /** Active users with a visit schedule, by id. */
    List<Rep> reps() {
        Map<Long, Integer> limits = new HashMap<>();
        schedules.listAll().forEach(s -> limits.put(s.getRepId(), s.getMaxVisitsPerDay()));
        if (limits.isEmpty()) {
            return List.of();
        }
        return users.list("id in ?1 and active = true order by id", limits.keySet()).stream()
                .map(u -> new Rep(u.getId(), u.getDisplayName(), limits.get(u.getId()))).toList();
    }

    Map<Long, List<Period>> workingHours() {
        Map<Long, List<Period>> byRep = new HashMap<>();
        for (RepSchedule s : schedules.withHours()) {
            byRep.put(s.getRepId(), s.getHours().stream()
                    .map(p -> new Period(p.getWeekday(), p.getStarts(), p.getEnds())).toList());
        }
        return byRep;
    }

    Set<String> daysOff(Horizon h) {
        Set<String> off = new TreeSet<>();
        daysOff.between(h.from(), h.to()).forEach(d -> off.add(d.getRepId() + "/" + d.getDay()));
        return off;
    }

    /** The rep's home: their territory profile's, else the middle of the accounts they own. */
    Map<Long, double[]> homes() {
        Map<Long, double[]> homes = new HashMap<>(accounts.ownerCentres());
        homes.putAll(territoryProfiles.repHomes());
        return homes;
    }

    /** Active customers with a location, owned by or lying in a territory of these reps. */
    List<Place> customersOf(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return accounts.activeLocatedOf(repIds).stream().map(PlanningFacts::place).toList();
    }

    Map<Long, Place> places(Collection<Long> accountIds) {
        Map<Long, Place> places = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.byIds(accountIds).stream().map(PlanningFacts::place).forEach(p -> places.put(p.id(), p));
        }
        return places;
    }

    Map<Long, List<Period>> openingHours(Collection<Long> accountIds) {
        Map<Long, List<Period>> byAccount = new HashMap<>();
        for (OpeningPeriod p : openingHours.of(accountIds)) {
            byAccount.computeIfAbsent(p.getAccountId(), k -> new ArrayList<>())
                    .add(new Period(p.getWeekday(), p.getOpens(), p.getCloses()));
        }
        return byAccount;
    }

    Map<Long, Profile> profiles(Collection<Long> accountIds) {
        Map<Long, Profile> profiles = new HashMap<>();
        territoryProfiles.visitProfiles(accountIds).forEach((id, p) -> profiles.put(id,
                new Profile(p.visitsPerPeriod(), p.visitMinutes())));
        return profiles;
    }

    /** When each account last had a visit done (the CRM's VISIT activities). */
    Map<Long, OffsetDateTime> lastVisits(Collection<Long> accountIds) {
        return activities.lastDoneVisits(accountIds);
    }

    private static Place place(Account a) {
        return new Place(a.getId(), a.getName(), a.getCity(), a.getLatitude(), a.getLongitude(), a.getStatus().name(),
                a.getOwnerId());
    }
}
