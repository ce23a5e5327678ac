package io.forecourt.visit;

import io.forecourt.activity.Activity;
import io.forecourt.security.UserRepository;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.awaitility.Awaitility;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Calls the visit-planning API as demo users and solves a week until the job ends. Each test class plans
 * its own week (weeks ahead of next Monday), so their saved plans never meet.
 */
@ApplicationScoped
class VisitFixtures {

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    /** Monday of the week {@code weeksAhead} after next week. */
    static LocalDate monday(int weeksAhead) {
        return LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(weeksAhead);
    }

    /** Starts a solve of Monday–Friday of that week for {@code seconds} and waits until it has ended. */
    static String solve(LocalDate monday, int seconds) {
        String id = as("planner1").body(Map.of("from", monday.toString(), "to", monday.plusDays(4).toString(),
                "seconds", seconds)).post("/api/planning/visits/jobs").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(seconds + 90L)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(job(id).path("job.status")));
        return id;
    }

    static Response job(String id) {
        return as("planner1").get("/api/planning/visits/jobs/" + id);
    }

    /**
     * Fills a week with requested visits (priority 8, 45 minutes) at demo customers, so each test's week has
     * enough to plan whatever other tests already took of the visits due.
     */
    @Transactional
    void requestVisits(LocalDate monday, int count) {
        java.util.List<Long> accounts = em.createQuery("select a.id from Account a where a.status ="
                        + " io.forecourt.account.Account.Status.ACTIVE and a.latitude is not null order by a.id", Long.class)
                .getResultList();
        int offset = (int) (monday.toEpochDay() / 7 % accounts.size());
        for (int i = 0; i < count; i++) {
            FieldVisit v = new FieldVisit(accounts.get((offset + i * 7) % accounts.size()), FieldVisit.Source.REQUESTED,
                    45, 8);
            v.setRequested(monday, monday.plusDays(4));
            em.persist(v);
        }
    }

    /** An account of rep1's with no location and no opening hours. */
    @Transactional
    long account(String name) {
        io.forecourt.account.Account a = new io.forecourt.account.Account(name,
                io.forecourt.account.Account.Kind.COMPANY, io.forecourt.account.Account.Status.ACTIVE, userId("rep1"));
        em.persist(a);
        return a.getId();
    }

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A colleague's planned visit with the publish purpose on this account: what the guard must notice. */
    @Transactional
    long colleaguePlanned(long accountId, String owner, OffsetDateTime at) {
        Activity a = new Activity(accountId, Activity.Type.VISIT, "SERVICE", Activity.Department.SALES, userId(owner));
        a.setPlannedAt(at);
        em.persist(a);
        return a.getId();
    }
}
