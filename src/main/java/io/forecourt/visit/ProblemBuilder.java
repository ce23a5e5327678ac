package io.forecourt.visit;

import io.forecourt.visit.solver.Location;
import io.forecourt.visit.solver.PlanningPolicy;
import io.forecourt.visit.solver.RepDay;
import io.forecourt.visit.solver.TimeWindow;
import io.forecourt.visit.solver.TravelTimes;
import io.forecourt.visit.solver.Visit;
import io.forecourt.visit.solver.VisitPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a horizon's planning problem from the database: every working rep-day, the visits already on the
 * plan (in their current order, so re-planning starts from the current plan; confirmed and started ones
 * or published pinned), proposed and requested visits, and accounts whose visit falls due by the horizon's end.
 */
@ApplicationScoped
class ProblemBuilder {

    /** {@code homeless}: reps in visit planning with no home to start from, left out of the plan. */
    record Built(PlanContext context, VisitPlan plan, List<String> homeless) {
    }

    @Inject
    PlanningFacts facts;

    @Inject
    FieldVisitRepository visits;

    @Inject
    VisitConfig config;

    @Inject
    io.forecourt.common.config.BusinessTime businessTime;

    @Inject
    WindowMaker windows;

    /** The problem as it stands; {@code keepPlanned} pins planned visits to their rep-day too ("small changes only"). */
    @Transactional
    Built build(Horizon h, boolean keepPlanned) {
        Facts f = facts(h);
        Map<String, RepDay> repDays = repDays(f);
        Visits v = visits(f, repDays, keepPlanned);
        placePlanned(f, v, repDays);
        List<RepDay> all = new ArrayList<>(repDays.values());
        // the bucket is no place anyone drives to: any location of the plan will do
        all.add(RepDay.unplannedBucket(f.locations().isEmpty() ? new Location(0, 0, 0) : f.locations().get(0)));
        PlanningPolicy portal = PlanningPolicy.portal();
        VisitPlan plan = new VisitPlan(all, v.model(), new PlanningPolicy(portal.vehicleWeight(),
                config.unplannedWeight(), config.pinnedWeight(), portal.overloadWeight(), portal.balanceWeight(),
                portal.moveWeight(), config.otherRepWeight()));
        PlanContext context = new PlanContext(h, f.zone(), f.repNames(), Map.copyOf(f.infos()), List.copyOf(v.unplannable()),
                f.homes());
        return new Built(context, plan.updateShadows(), f.homeless().stream().map(PlanningFacts.Rep::name).toList());
    }

    /**
     * What the problem is made of, read once: the reps with a home (and those without), the visits to plan
     * (saved ones on the horizon and the ones falling due) with their accounts, and every location with the
     * travel times between them. {@code draft} reckons times on the horizon.
     */
    private record Facts(Horizon h, ZoneId zone, Map<Long, double[]> homes, List<PlanningFacts.Rep> reps,
                         List<PlanningFacts.Rep> homeless, Map<Long, String> repNames, Map<String, FieldVisit> saved,
                         Map<String, PlanContext.VisitInfo> infos, Map<Long, Long> ownerOf, Set<Long> accountIds,
                         List<Location> locations, Map<Long, Location> homeOf, Map<String, Location> visitLocation,
                         TravelTimes travel, PlanContext draft) {
    }

    /** The model's visits, and the visits that cannot be planned on the horizon (with why). */
    private record Visits(List<Visit> model, List<PlanContext.Unplannable> unplannable) {
    }

    private Facts facts(Horizon h) {
        ZoneId zone = businessTime.zone();
        Map<Long, double[]> homes = facts.homes();
        List<PlanningFacts.Rep> all = facts.reps();
        List<PlanningFacts.Rep> homeless = all.stream().filter(r -> !homes.containsKey(r.id())).toList();
        List<PlanningFacts.Rep> reps = all.stream().filter(r -> homes.containsKey(r.id())).toList();
        Map<Long, String> repNames = new LinkedHashMap<>();
        reps.forEach(r -> repNames.put(r.id(), r.name()));
        List<FieldVisit> existing = visits.toPlan(h);
        Map<PlanningFacts.Place, Integer> due = due(h, repNames.keySet());
        Set<Long> accountIds = new HashSet<>();
        existing.forEach(v -> accountIds.add(v.getAccountId()));
        due.keySet().forEach(p -> accountIds.add(p.id()));
        Map<Long, PlanningFacts.Place> places = facts.places(accountIds);
        Map<Long, PlanningFacts.Profile> profiles = facts.profiles(accountIds);

        Map<String, PlanContext.VisitInfo> infos = new LinkedHashMap<>();
        Map<Long, Long> ownerOf = new HashMap<>();
        places.values().forEach(p -> ownerOf.put(p.id(), p.ownerId()));
        for (FieldVisit v : existing) {
            PlanningFacts.Place p = places.get(v.getAccountId());
            if (p == null || p.lat() == null || p.lon() == null) {
                continue;
            }
            infos.put(PlanContext.modelId(v), new PlanContext.VisitInfo(PlanContext.modelId(v), v.getId(),
                    v.getVersion(), p.id(), p.name(), p.city(), p.lat(), p.lon(), v.getDurationMinutes(),
                    v.getPriority(), v.getSource(), v.getStatus(), v.getRepId(), v.getPlannedDay(), v.getPlannedOrder(),
                    v.getActivityId() != null));
        }
        for (PlanningFacts.Place p : due.keySet()) {
            int minutes = profiles.containsKey(p.id()) ? profiles.get(p.id()).visitMinutes() : config.defaultVisitMinutes();
            infos.put(PlanContext.dueId(p.id()), new PlanContext.VisitInfo(PlanContext.dueId(p.id()), null, null,
                    p.id(), p.name(), p.city(), p.lat(), p.lon(), minutes, due.get(p),
                    FieldVisit.Source.DUE, FieldVisit.Status.PROPOSED, null, null, null, false));
        }
        Map<String, FieldVisit> saved = new HashMap<>();
        existing.forEach(v -> saved.put(PlanContext.modelId(v), v));

        List<Location> locations = new ArrayList<>();
        Map<Long, Location> homeOf = new HashMap<>();
        for (PlanningFacts.Rep r : reps) {
            double[] home = homes.get(r.id());
            Location l = new Location(locations.size(), home[1], home[0]);
            locations.add(l);
            homeOf.put(r.id(), l);
        }
        Map<String, Location> visitLocation = new HashMap<>();
        for (PlanContext.VisitInfo i : infos.values()) {
            Location l = new Location(locations.size(), i.lon(), i.lat());
            locations.add(l);
            visitLocation.put(i.modelId(), l);
        }
        TravelTimes travel = TravelTimes.haversine(config.roadFactor(), config.speedKmPerHour()).cached(locations);
        PlanContext draft = new PlanContext(h, zone, repNames, infos, List.of(), homes);
        return new Facts(h, zone, homes, reps, homeless, repNames, saved, infos, ownerOf, accountIds, locations, homeOf,
                visitLocation, travel, draft);
    }

    /** One rep-day per rep and working day of the horizon, unavailable on a day off. */
    private Map<String, RepDay> repDays(Facts f) {
        Map<String, RepDay> repDays = new LinkedHashMap<>();
        Map<Long, List<PlanningFacts.Period>> hours = facts.workingHours();
        Set<String> off = facts.daysOff(f.h());
        for (PlanningFacts.Rep r : f.reps()) {
            for (LocalDate day : f.h().days()) {
                hours.getOrDefault(r.id(), List.of()).stream().filter(p -> p.weekday() == day.getDayOfWeek().getValue())
                        .findFirst().ifPresent(p -> repDays.put(PlanContext.repDayId(r.id(), day),
                                new RepDay(PlanContext.repDayId(r.id(), day), r.id(), day,
                                        f.homeOf().get(r.id()), f.draft().ticks(day, p.from()), f.draft().ticks(day, p.to()),
                                        r.maxVisitsPerDay(), Integer.MAX_VALUE,
                                        !off.contains(r.id() + "/" + day), f.travel())));
            }
        }
        return repDays;
    }

    /** One model visit per visit with a time window on the horizon; the others are set aside with why. */
    private Visits visits(Facts f, Map<String, RepDay> repDays, boolean keepPlanned) {
        Map<Long, List<PlanningFacts.Period>> opening = facts.openingHours(f.accountIds());
        List<Visit> modelVisits = new ArrayList<>();
        List<PlanContext.Unplannable> unplannable = new ArrayList<>();
        for (PlanContext.VisitInfo i : new ArrayList<>(f.infos().values())) {
            FieldVisit v = f.saved().get(i.modelId());
            List<TimeWindow> w = windows.of(f.draft(), opening.get(i.accountId()), i.minutes(),
                    v == null ? null : v.getRequestedFrom(), v == null ? null : v.getRequestedTo());
            if (w.isEmpty()) {
                f.infos().remove(i.modelId());
                unplannable.add(new PlanContext.Unplannable(i.visitId(), i.accountId(), i.account(),
                        "the account receives no visit on the days this plan covers"));
                continue;
            }
            boolean pinned = i.pinned() || keepPlanned && i.wasPlanned();
            String pin = pinned ? PlanContext.repDayId(i.repId(), i.day()) : null;
            // a pin on a day the rep no longer works cannot hold: that visit moves like any other
            boolean holds = pin != null && repDays.containsKey(pin) && repDays.get(pin).isAvailable();
            // a planned visit weighs more than an equal one not yet planned: re-planning keeps what it can
            int priority = i.priority() + (i.wasPlanned() ? config.keepPlannedBonus() : 0);
            Visit visit = new Visit(i.modelId(), f.visitLocation().get(i.modelId()), i.minutes() * 60L, w, 0,
                    priority, holds ? pin : null);
            Long owner = f.ownerOf().get(i.accountId());
            // the account's own rep makes the visit; a colleague covers at a cost (ill, full week)
            visit.setPreferredRepId(owner != null && f.repNames().containsKey(owner) ? owner : null);
            if (i.wasPlanned()) {
                // moving it off the day it had costs a little travel-equivalent: keep what can be kept
                visit.setPreviousRepDayId(PlanContext.repDayId(i.repId(), i.day()));
            }
            modelVisits.add(visit);
        }
        return new Visits(modelVisits, unplannable);
    }

    /** The saved plan as the starting point: planned visits in their rep-day's list, in their order. */
    private static void placePlanned(Facts f, Visits v, Map<String, RepDay> repDays) {
        Map<String, Visit> modelById = new HashMap<>();
        v.model().forEach(m -> modelById.put(m.getId(), m));
        f.infos().values().stream().filter(i -> i.wasPlanned() && modelById.containsKey(i.modelId()))
                .sorted(Comparator.comparing((PlanContext.VisitInfo i) -> i.order() == null ? 0 : i.order()))
                .forEach(i -> {
                    RepDay rd = repDays.get(PlanContext.repDayId(i.repId(), i.day()));
                    // visits of a day the rep no longer works start unassigned: the construction heuristic
                    // places them into what is left, so the search starts from a feasible plan
                    if (rd != null && rd.isAvailable()) {
                        rd.getVisits().add(modelById.get(i.modelId()));
                    }
                });
    }

    /** Active customers without an open visit whose last visit is older than their visit interval, by priority. */
    private Map<PlanningFacts.Place, Integer> due(Horizon h, Set<Long> repIds) {
        List<PlanningFacts.Place> customers = facts.customersOf(repIds);
        Set<Long> open = new HashSet<>(visits.accountsWithOpenVisit());
        List<Long> ids = customers.stream().map(PlanningFacts.Place::id).toList();
        Map<Long, PlanningFacts.Profile> profiles = facts.profiles(ids);
        Map<Long, OffsetDateTime> last = facts.lastVisits(ids);
        OffsetDateTime end = h.to().plusDays(1).atStartOfDay(businessTime.zone()).toOffsetDateTime();
        OffsetDateTime start = h.from().atStartOfDay(businessTime.zone()).toOffsetDateTime();
        Map<PlanningFacts.Place, Integer> due = new LinkedHashMap<>();
        for (PlanningFacts.Place p : customers) {
            int perPeriod = profiles.containsKey(p.id()) ? profiles.get(p.id()).visitsPerPeriod() : config.defaultVisitsPerPeriod();
            if (perPeriod <= 0 || open.contains(p.id())) {
                continue;
            }
            Duration interval = config.frequencyPeriod().dividedBy(perPeriod);
            OffsetDateTime lastVisit = last.get(p.id());
            if (lastVisit == null || !lastVisit.plus(interval).isAfter(end)) {
                // never visited or overdue before the horizon starts: worth more than one merely falling due
                due.put(p, lastVisit == null || lastVisit.plus(interval).isBefore(start) ? 2 : 1);
            }
        }
        return due;
    }
}
