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
        ZoneId zone = businessTime.zone();
        Map<Long, double[]> homes = facts.homes();
        List<PlanningFacts.Rep> homeless = facts.reps().stream().filter(r -> !homes.containsKey(r.id())).toList();
        List<PlanningFacts.Rep> reps = facts.reps().stream().filter(r -> homes.containsKey(r.id())).toList();
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
        Map<String, FieldVisit> byModelId = new HashMap<>();
        existing.forEach(v -> byModelId.put(PlanContext.modelId(v), v));

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
        Map<String, RepDay> repDays = new LinkedHashMap<>();
        Map<Long, List<PlanningFacts.Period>> hours = facts.workingHours();
        Set<String> off = facts.daysOff(h);
        for (PlanningFacts.Rep r : reps) {
            for (LocalDate day : h.days()) {
                hours.getOrDefault(r.id(), List.of()).stream().filter(p -> p.weekday() == day.getDayOfWeek().getValue())
                        .findFirst().ifPresent(p -> repDays.put(PlanContext.repDayId(r.id(), day),
                                new RepDay(PlanContext.repDayId(r.id(), day), String.valueOf(r.id()), day,
                                        homeOf.get(r.id()), draft.ticks(day, p.from()), draft.ticks(day, p.to()),
                                        r.maxVisitsPerDay(), Integer.MAX_VALUE,
                                        !off.contains(r.id() + "/" + day), travel)));
            }
        }

        Map<Long, List<PlanningFacts.Period>> opening = facts.openingHours(accountIds);
        List<Visit> modelVisits = new ArrayList<>();
        List<PlanContext.Unplannable> unplannable = new ArrayList<>();
        for (PlanContext.VisitInfo i : new ArrayList<>(infos.values())) {
            FieldVisit v = byModelId.get(i.modelId());
            List<TimeWindow> w = windows.of(draft, opening.get(i.accountId()), i.minutes(),
                    v == null ? null : v.getRequestedFrom(), v == null ? null : v.getRequestedTo());
            if (w.isEmpty()) {
                infos.remove(i.modelId());
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
            Visit visit = new Visit(i.modelId(), visitLocation.get(i.modelId()), i.minutes() * 60L, w, 0,
                    priority, holds ? pin : null);
            Long owner = ownerOf.get(i.accountId());
            // the account's own rep makes the visit; a colleague covers at a cost (ill, full week)
            visit.setPreferredRepId(owner != null && repNames.containsKey(owner) ? String.valueOf(owner) : null);
            if (i.wasPlanned()) {
                // moving it off the day it had costs a little travel-equivalent: keep what can be kept
                visit.setPreviousRepDayId(PlanContext.repDayId(i.repId(), i.day()));
            }
            modelVisits.add(visit);
        }
        Map<String, Visit> modelById = new HashMap<>();
        modelVisits.forEach(v -> modelById.put(v.getId(), v));
        infos.values().stream().filter(i -> i.wasPlanned() && modelById.containsKey(i.modelId()))
                .sorted(Comparator.comparing((PlanContext.VisitInfo i) -> i.order() == null ? 0 : i.order()))
                .forEach(i -> {
                    RepDay rd = repDays.get(PlanContext.repDayId(i.repId(), i.day()));
                    // visits of a day the rep no longer works start unassigned: the construction heuristic
                    // places them into what is left, so the search starts from a feasible plan
                    if (rd != null && rd.isAvailable()) {
                        rd.getVisits().add(modelById.get(i.modelId()));
                    }
                });
        List<RepDay> all = new ArrayList<>(repDays.values());
        // the bucket is no place anyone drives to: any location of the plan will do
        all.add(RepDay.unplannedBucket(locations.isEmpty() ? new Location(0, 0, 0) : locations.get(0)));
        PlanningPolicy portal = PlanningPolicy.portal();
        VisitPlan plan = new VisitPlan(all, modelVisits, new PlanningPolicy(portal.vehicleWeight(),
                config.unplannedWeight(), config.pinnedWeight(), portal.overloadWeight(), portal.balanceWeight(),
                portal.moveWeight(), config.otherRepWeight()));
        PlanContext context = new PlanContext(h, zone, repNames, Map.copyOf(infos), List.copyOf(unplannable), homes);
        return new Built(context, plan.updateShadows(), homeless.stream().map(PlanningFacts.Rep::name).toList());
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
