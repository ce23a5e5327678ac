package io.forecourt.visit.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Portal-shaped plans: reps with homes and working days, accounts with opening hours, travel by haversine. */
class VisitPlanSolverTest {

    static final long DAY = 86_400;
    static final TravelTimes ROADS = TravelTimes.haversine(1.3, 40);
    static final Location HOME_NORTH = new Location(0, 13.40, 52.55);
    static final Location HOME_SOUTH = new Location(1, 13.42, 52.45);
    /** The two reps' user ids. */
    static final long NORTH = 11;
    static final long SOUTH = 12;

    @Test
    void demoDataSolvesUntilFeasibleWithEveryVisitPlannedInItsOpeningHours() {
        VisitPlan solved = solve(demoPlan(), 2);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(bucketOf(solved).getVisits()).isEmpty();
        for (RepDay day : solved.getRepDays()) {
            if (day.isUsed()) {
                assertThat(day.homeArrival()).isLessThanOrEqualTo(day.getWorkEnd());
                for (Visit v : day.getVisits()) {
                    assertThat(v.getWindows()).anySatisfy(w -> assertThat(v.serviceStart()).isBetween(w.start(), w.end()));
                }
            }
        }
    }

    @Test
    void replanningAfterARepFallsIllKeepsPinnedVisitsAndPlansTheUrgentOne() {
        VisitPlan first = solve(demoPlan(), 2);
        RepDay ill = first.getRepDays().stream().filter(RepDay::isUsed)
                .min(java.util.Comparator.comparingInt(r -> r.getVisits().size())).orElseThrow();
        String illId = ill.getId();
        Map<String, String> pinned = new java.util.HashMap<>();
        Map<String, String> before = new java.util.HashMap<>();
        first.getVisits().forEach(v -> {
            v.setPreviousRepDayId(v.getRepDay().getId());
            before.put(v.getId(), v.getRepDay().getId());
        });
        for (RepDay day : first.getRepDays()) {
            if (!day.isUnplanned() && day != ill && day.getVisits().size() > 1) {
                Visit confirmed = day.getVisits().get(0);
                confirmed.setPinnedRepDayId(day.getId());
                pinned.put(confirmed.getId(), day.getId());
            }
        }
        List<String> onIllDay = ill.getVisits().stream().map(Visit::getId).toList();
        ill.getVisits().forEach(v -> v.setPinnedRepDayId(ill.getId())); // confirmed, but the rep is ill now
        ill.setAvailable(false);
        List<Visit> visits = new ArrayList<>(first.getVisits());
        Visit urgent = new Visit("urgent", new Location(99, 13.38, 52.50), 1800, openingHours(), 0, 5, null);
        visits.add(urgent);
        VisitPlan again = solve(new VisitPlan(first.getRepDays(), visits, first.getPolicy()), 2);

        Map<String, Visit> byId = again.getVisits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        assertThat(pinned).isNotEmpty();
        pinned.forEach((visit, repDay) -> assertThat(byId.get(visit).getRepDay().getId()).isEqualTo(repDay));
        assertThat(again.getRepDays()).filteredOn(r -> r.getId().equals(illId))
                .allSatisfy(r -> assertThat(r.getVisits()).isEmpty());
        assertThat(byId.get("urgent").isPlanned()).isTrue();
        assertThat(onIllDay).isNotEmpty().allSatisfy(id -> assertThat(byId.get(id).isPlanned()).isTrue());
        long kept = before.entrySet().stream().filter(e -> !onIllDay.contains(e.getKey()))
                .filter(e -> byId.get(e.getKey()).getRepDay().getId().equals(e.getValue())).count();
        assertThat(kept).as("visits of healthy reps kept on their day").isGreaterThanOrEqualTo(
                (before.size() - onIllDay.size()) * 3 / 4);
        assertThat(again.getScore().hardScore()).isZero();
    }

    @Test
    void eachAccountsOwnRepMakesItsVisitsAndAColleagueCoversOnlyWhenTheRepIsIll() {
        // the southern rep owns every fourth account, however far north it lies
        VisitPlan solved = solve(ownedPlan(false), 2);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVisits()).allSatisfy(v -> assertThat(v.getRepDay().getRepId())
                .as(v.getId()).isEqualTo(v.getPreferredRepId()));

        VisitPlan covered = solve(ownedPlan(true), 2);
        assertThat(covered.getScore().hardScore()).isZero();
        assertThat(covered.getVisits()).allSatisfy(v -> assertThat(v.getRepDay().getRepId())
                .as("%s made by the colleague while its rep is ill", v.getId()).isEqualTo(NORTH));
    }

    /** Eight visits, one in four owned by the southern rep; the north has room for all of them. */
    private static VisitPlan ownedPlan(boolean southIll) {
        VisitPlan demo = demoPlan();
        List<Visit> eight = List.copyOf(demo.getVisits().subList(0, 8));
        for (int i = 0; i < eight.size(); i++) {
            eight.get(i).setPreferredRepId(i % 4 == 0 ? SOUTH : NORTH);
        }
        List<RepDay> days = demo.getRepDays().stream().map(d -> !southIll || d.isUnplanned() || d.getRepId() != SOUTH
                ? d : new RepDay(d.getId(), d.getRepId(), d.getDay(), d.getHome(), d.getWorkStart(), d.getWorkEnd(),
                        d.getMaxVisits(), d.getCapacity(), false, ROADS)).toList();
        return new VisitPlan(days, eight, demo.getPolicy());
    }

    @Test
    void aVisitNoWorkingDayCanTakeWaitsUnplannedAtItsPriorityCost() {
        VisitPlan plan = demoPlan();
        List<Visit> visits = new ArrayList<>(plan.getVisits());
        visits.add(new Visit("night", new Location(98, 13.41, 52.51), 1800,
                List.of(new TimeWindow(DAY + 2 * 3600, DAY + 3 * 3600)), 0, 2, null));
        VisitPlan solved = solve(new VisitPlan(plan.getRepDays(), visits, plan.getPolicy()), 2);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(bucketOf(solved).getVisits()).extracting(Visit::getId).containsExactly("night");
        assertThat(PlanExplanation.explain(solved)).anySatisfy(c -> {
            assertThat(c.constraint()).isEqualTo(VisitConstraints.UNPLANNED);
            assertThat(c.justifications()).containsExactly(new VisitJustification.Unplanned("night", 2));
        });
    }

    @Test
    void theExplanationNamesTheLateVisitAndByHowMuch() {
        RepDay day = new RepDay("north/0", NORTH, LocalDate.of(2026, 12, 7), HOME_NORTH, 8 * 3600, 17 * 3600, 8,
                Integer.MAX_VALUE, true, ROADS);
        Visit late = new Visit("late", new Location(2, 13.40, 52.60), 1800,
                List.of(new TimeWindow(0, 8 * 3600)), 0, 1, null);
        day.setVisits(new ArrayList<>(List.of(late)));
        VisitPlan plan = new VisitPlan(List.of(day), List.of(late), PlanningPolicy.portal());
        assertThat(PlanExplanation.explain(plan)).anySatisfy(c -> {
            assertThat(c.constraint()).isEqualTo(VisitConstraints.TIME_WINDOW);
            assertThat(c.justifications()).singleElement().isInstanceOfSatisfying(VisitJustification.Late.class,
                    j -> assertThat(j.lateBy()).isEqualTo(late.getArrival() - 8 * 3600).isPositive());
        });
    }

    private static VisitPlan solve(VisitPlan plan, int seconds) {
        return new VisitPlanSolver(SolverTuning.defaults(), 7, null).solve(plan, Duration.ofSeconds(seconds), false);
    }

    private static RepDay bucketOf(VisitPlan plan) {
        return plan.getRepDays().stream().filter(RepDay::isUnplanned).findFirst().orElseThrow();
    }

    /** Two reps, two days 08:00–17:00, 16 accounts around Berlin open 09:00–12:00 and 13:00–16:00. */
    static VisitPlan demoPlan() {
        List<RepDay> days = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            for (Location home : List.of(HOME_NORTH, HOME_SOUTH)) {
                String rep = home == HOME_NORTH ? "north" : "south";
                days.add(new RepDay(rep + "/" + d, home == HOME_NORTH ? NORTH : SOUTH, LocalDate.of(2026, 12, 7).plusDays(d), home,
                        d * DAY + 8 * 3600, d * DAY + 17 * 3600, 6, Integer.MAX_VALUE, true, ROADS));
            }
        }
        days.add(RepDay.unplannedBucket(HOME_NORTH));
        Random random = new Random(42);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Location at = new Location(10 + i, 13.30 + random.nextDouble() * 0.2, 52.45 + random.nextDouble() * 0.12);
            visits.add(new Visit("account-" + i, at, 45 * 60, openingHours(), 0, 1 + random.nextInt(3), null));
        }
        return new VisitPlan(days, visits, PlanningPolicy.portal());
    }

    static List<TimeWindow> openingHours() {
        List<TimeWindow> windows = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            windows.add(new TimeWindow(d * DAY + 9 * 3600, d * DAY + 12 * 3600 - 45 * 60));
            windows.add(new TimeWindow(d * DAY + 13 * 3600, d * DAY + 16 * 3600 - 45 * 60));
        }
        return windows;
    }
}
