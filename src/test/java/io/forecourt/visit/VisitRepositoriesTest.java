package io.forecourt.visit;

import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.forecourt.visit.VisitFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Visit planning's own tables, read and written through its entities: schedules, days off, opening hours. */
@QuarkusTest
class VisitRepositoriesTest {

    private static final String SETUP = "/api/visits/setup";

    @Inject
    VisitFixtures fixtures;

    @Inject
    UserRepository users;

    @Inject
    PlanningFacts facts;

    @Inject
    VisitSetupService setup;

    @Transactional
    long newRep() {
        User u = new User("daysoff-" + System.nanoTime(), "not-a-hash", Set.of("rep"), "Dora Daysoff");
        users.persist(u);
        return u.getId();
    }

    /** Deleting the user takes their schedule, hours and days off with them (the tables cascade). */
    @Transactional
    void remove(long repId) {
        users.deleteById(repId);
    }

    /** Read as a request would, in a transaction of its own (not from entities an earlier read left in the test's session). */
    private static <T> T fresh(java.util.function.Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }

    @Test
    void aRepsDaysOffReachThePlanAndTheSetupAndTheSameDayTwiceIsRefused() {
        long rep = newRep();
        LocalDate monday = VisitFixtures.monday(6);
        try {
            as("planner1").body(Map.of("repId", rep, "day", monday.toString(), "reason", "Flu"))
                    .post("/api/visits/days-off").then().statusCode(404);
            as("planner1").body(Map.of("maxVisitsPerDay", 3, "hours", List.of(
                            Map.of("weekday", 2, "from", "09:00", "to", "17:00"),
                            Map.of("weekday", 1, "from", "08:00", "to", "16:00"))))
                    .put(SETUP + "/reps/" + rep + "/schedule").then().statusCode(200)
                    .body("version", equalTo(0)).body("hours[0].weekday", equalTo(1));
            as("planner1").body(Map.of("repId", rep, "day", monday.toString(), "reason", " Flu "))
                    .post("/api/visits/days-off").then().statusCode(201);
            as("planner1").body(Map.of("repId", rep, "day", monday.toString(), "reason", "Flu again"))
                    .post("/api/visits/days-off").then().statusCode(409).contentType("application/problem+json");

            assertThat(fresh(() -> facts.daysOff(new Horizon(monday, monday.plusDays(4))))).contains(rep + "/" + monday);
            assertThat(fresh(() -> facts.daysOff(new Horizon(monday.plusDays(1), monday.plusDays(4))))).doesNotContain(rep + "/" + monday);
            VisitSetup.RepSchedule mine = fresh(setup::schedules).stream().filter(s -> s.repId() == rep).findFirst().orElseThrow();
            assertThat(mine.daysOff()).containsExactly(monday);
            assertThat(mine.maxVisitsPerDay()).isEqualTo(3);
            assertThat(fresh(() -> facts.workingHours().get(rep))).containsExactly(
                    new PlanningFacts.Period(1, LocalTime.of(8, 0), LocalTime.of(16, 0)),
                    new PlanningFacts.Period(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));

            // the same week saved again moves the version; a new week replaces the old one whole
            as("planner1").body(Map.of("maxVisitsPerDay", 4, "version", 0, "hours", List.of(
                            Map.of("weekday", 5, "from", "10:00", "to", "12:00"))))
                    .put(SETUP + "/reps/" + rep + "/schedule").then().statusCode(200).body("version", equalTo(1));
            assertThat(fresh(() -> facts.workingHours().get(rep))).containsExactly(
                    new PlanningFacts.Period(5, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        } finally {
            remove(rep);
        }
        assertThat(fresh(facts::reps)).noneMatch(r -> r.id() == rep);
    }

    @Test
    void savingOpeningHoursReplacesTheAccountsPeriodsWhole() {
        long account = fixtures.account("Replaced Hours Garage");
        setup.openingHours(account, new VisitSetup.OpeningHours(List.of(
                new VisitSetup.Period(1, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new VisitSetup.Period(1, LocalTime.of(14, 0), LocalTime.of(18, 0)))));
        assertThat(fresh(() -> facts.openingHours(List.of(account))).get(account)).hasSize(2);

        setup.openingHours(account, new VisitSetup.OpeningHours(List.of(
                new VisitSetup.Period(1, LocalTime.of(9, 0), LocalTime.of(11, 0)))));
        assertThat(fresh(() -> facts.openingHours(List.of(account))).get(account)).containsExactly(
                new PlanningFacts.Period(1, LocalTime.of(9, 0), LocalTime.of(11, 0)));

        setup.openingHours(account, new VisitSetup.OpeningHours(List.of()));
        assertThat(fresh(() -> facts.openingHours(List.of(account)))).doesNotContainKey(account);
        assertThat(fresh(() -> setup.openingHours(account)).periods()).isEmpty();
    }
}
