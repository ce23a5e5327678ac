package io.forecourt.visit;

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
 * Reads what visit planning needs from the CRM and the territory tables, as plain records (never managed
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

    List<Rep> reps() {
        List<Object[]> rows = em.createNativeQuery("select u.id, u.display_name, s.max_visits_per_day"
                + " from visit_rep_schedules s join users u on u.id = s.rep_id where u.active order by u.id").getResultList();
        return rows.stream().map(r -> new Rep(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()))
                .toList();
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
        Map<Long, double[]> homes = new HashMap<>();
        List<Object[]> centres = em.createNativeQuery("select owner_id, avg(latitude), avg(longitude) from accounts"
                + " where latitude is not null and longitude is not null group by owner_id").getResultList();
        centres.forEach(r -> homes.put(((Number) r[0]).longValue(),
                new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()}));
        List<Object[]> rows = em.createNativeQuery("select t.rep_id, p.home_latitude, p.home_longitude"
                + " from territory_profiles p join territories t on t.id = p.territory_id"
                + " where t.rep_id is not null order by t.id desc").getResultList();
        rows.forEach(r -> homes.put(((Number) r[0]).longValue(),
                new double[] {((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()}));
        return homes;
    }

    /** Active customers with a location, owned by or lying in a territory of these reps. */
    List<Place> customersOf(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select a.id, a.name, a.city, a.latitude, a.longitude, a.status,"
                + " a.owner_id from accounts a left join territories t on t.id = a.territory_id"
                + " where a.status = 'ACTIVE' and a.latitude is not null and a.longitude is not null"
                + " and (a.owner_id in (?1) or t.rep_id in (?1)) order by a.id").setParameter(1, repIds).getResultList();
        return rows.stream().map(PlanningFacts::place).toList();
    }

    Map<Long, Place> places(Collection<Long> accountIds) {
        Map<Long, Place> places = new HashMap<>();
        if (!accountIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select a.id, a.name, a.city, a.latitude, a.longitude,"
                    + " a.status, a.owner_id from accounts a where a.id in (?1)").setParameter(1, accountIds).getResultList();
            rows.stream().map(PlanningFacts::place).forEach(p -> places.put(p.id(), p));
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
        if (!accountIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select account_id, visits_per_period, visit_minutes"
                    + " from account_profiles where account_id in (?1)").setParameter(1, accountIds).getResultList();
            rows.forEach(r -> profiles.put(((Number) r[0]).longValue(),
                    new Profile(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
        }
        return profiles;
    }

    /** When each account last had a visit done (the CRM's VISIT activities). */
    Map<Long, OffsetDateTime> lastVisits(Collection<Long> accountIds) {
        Map<Long, OffsetDateTime> last = new HashMap<>();
        if (!accountIds.isEmpty()) {
            List<Object[]> rows = em.createQuery("select a.accountId, max(a.doneAt) from Activity a where a.type = "
                    + "io.forecourt.activity.Activity.Type.VISIT and a.doneAt is not null and a.accountId in :ids"
                    + " group by a.accountId", Object[].class).setParameter("ids", accountIds).getResultList();
            rows.forEach(r -> last.put((Long) r[0], (OffsetDateTime) r[1]));
        }
        return last;
    }

    private static Place place(Object[] r) {
        return new Place(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Double) r[3], (Double) r[4],
                (String) r[5], ((Number) r[6]).longValue());
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
