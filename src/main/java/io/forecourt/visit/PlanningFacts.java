package io.forecourt.visit;

import io.forecourt.account.Account;
import io.forecourt.account.AccountRepository;
import io.forecourt.activity.ActivityService;
import io.forecourt.security.UserRepository;
import io.forecourt.territory.TerritoryProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what visit planning needs from the CRM (accounts, activities, users) and the territory profiles
 * through those features' Java APIs, and visit planning's own schedule tables, as plain records (never managed
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
    EntityManager em;

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
        List<Object[]> rows = em.createNativeQuery("select rep_id, max_visits_per_day from visit_rep_schedules")
                .getResultList();
        Map<Long, Integer> limits = new HashMap<>();
        rows.forEach(r -> limits.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        if (limits.isEmpty()) {
            return List.of();
        }
        return users.list("id in ?1 and active = true order by id", limits.keySet()).stream()
                .map(u -> new Rep(u.getId(), u.getDisplayName(), limits.get(u.getId()))).toList();
    }

    Map<Long, List<Period>> workingHours() {
        return periods(em.createNativeQuery("select rep_id, weekday, starts, ends from visit_working_hours").getResultList());
    }

    Set<String> daysOff(Horizon h) {
        List<Object[]> rows = em.createNativeQuery("select rep_id, day from visit_days_off where day between ?1 and ?2")
                .setParameter(1, h.from()).setParameter(2, h.to()).getResultList();
        Set<String> off = new TreeSet<>();
        rows.forEach(r -> off.add(((Number) r[0]).longValue() + "/" + day(r[1])));
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
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return periods(em.createNativeQuery("select account_id, weekday, opens, closes from account_opening_hours"
                + " where account_id in (?1) order by account_id, weekday, opens").setParameter(1, accountIds).getResultList());
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

    private static Map<Long, List<Period>> periods(List<Object[]> rows) {
        Map<Long, List<Period>> byOwner = new HashMap<>();
        for (Object[] r : rows) {
            byOwner.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new Period(((Number) r[1]).intValue(), time(r[2]), time(r[3])));
        }
        return byOwner;
    }

    private static LocalTime time(Object o) {
        return o instanceof Time t ? t.toLocalTime() : (LocalTime) o;
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
