package io.forecourt.visit;

import io.forecourt.security.User;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.forecourt.visit.VisitFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * A rep with no home to start from (no territory profile, no located accounts) is not planned from some
 * made-up place: starting a solve says who lacks a home and how to give them one.
 */
@QuarkusTest
class VisitHomeTest {

    private static final String SETUP = "/api/visits/setup";

    @Inject
    EntityManager em;

    @Inject
    VisitFixtures fixtures;

    @Transactional
    long homelessRep() {
        User u = new User("homeless-" + System.nanoTime(), "not-a-hash", Set.of("rep"), "Hana Homeless");
        em.persist(u);
        em.flush();
        return u.getId();
    }

    @Transactional
    void leaveVisitPlanning(long repId) {
        em.createNativeQuery("delete from visit_working_hours where rep_id = ?1").setParameter(1, repId).executeUpdate();
        em.createNativeQuery("delete from visit_rep_schedules where rep_id = ?1").setParameter(1, repId).executeUpdate();
        em.createNativeQuery("update users set active = false where id = ?1").setParameter(1, repId).executeUpdate();
    }

    @Test
    void aRepWithoutAHomeIsRefusedByNameAndOnlyRepsGetASchedule() {
        Map<String, Object> schedule = Map.of("maxVisitsPerDay", 4,
                "hours", List.of(Map.of("weekday", 1, "from", "09:00", "to", "17:00")));
        as("planner1").body(schedule).put(SETUP + "/reps/" + fixtures.userId("planner1") + "/schedule").then()
                .statusCode(404);
        long rep = homelessRep();
        try {
            as("planner1").body(schedule).put(SETUP + "/reps/" + rep + "/schedule").then().statusCode(200);
            as("planner1").body(Map.of("seconds", 1)).post("/api/planning/visits/jobs").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("Hana Homeless"))
                    .body("violations", hasItem(containsString("Hana Homeless has no home")));
        } finally {
            leaveVisitPlanning(rep);
        }
    }
}
