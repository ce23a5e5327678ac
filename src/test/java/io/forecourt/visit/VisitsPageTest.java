package io.forecourt.visit;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class VisitsPageTest {

    @jakarta.inject.Inject
    VisitFixtures fixtures;

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, String path) {
        Sessions.Csrf csrf = Sessions.csrfFrom(path, session);
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void plannerSolvesAppliesAndPublishesAWeekWithoutJavaScript() {
        LocalDate monday = VisitFixtures.monday(4);
        fixtures.requestVisits(monday, 20);
        String session = Sessions.signIn("planner1");
        String week = "/visits?from=" + monday;
        page(session).get(week).then().statusCode(200).body(containsString("Plan visits"))
                .body(containsString("Record day off")).body(containsString("href=\"/visits\""));

        Response started = form(session, week).formParam("from", monday.toString()).formParam("seconds", "3")
                .post("/visits/jobs");
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.getHeader("Location");
        assertThat(location).contains("job=");
        String jobPage = location.substring(location.indexOf("/visits"));
        String id = jobPage.substring(jobPage.indexOf("job=") + 4);
        page(session).get(jobPage).then().statusCode(200)
                .body(containsString("data-job-progress=\"/planning/jobs/" + id + "/progress\""))
                .body(containsString("/js/planning.js"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"SOLVING".equals(page(session).accept("application/json")
                        .get("/planning/jobs/" + id + "/progress").path("status")));
        page(session).get(jobPage).then().statusCode(200).body(containsString("Apply this plan"))
                .body(containsString("What changes")).body(containsString("planned Rafael Rep"))
                .body(containsString("<svg class=\"route-map\"")).body(containsString("<polyline"))
                // readable without JavaScript: hours on the timeline, a legend and a km scale on the map
                .body(containsString("driving in total")).body(containsString("class=\"visit-hours\""))
                .body(containsString(">09</span>")).body(containsString("class=\"map-legend\""))
                .body(containsString("Rafael Rep · ")).body(containsString(" km</text>"))
                .body(not(org.hamcrest.Matchers.matchesPattern("(?s).*-?\\d+(hard|medium|soft).*")));

        Response applied = form(session, jobPage).formParam("from", monday.toString())
                .post("/visits/jobs/" + id + "/apply");
        assertThat(applied.statusCode()).isEqualTo(303);
        assertThat(applied.getHeader("Location")).contains("notice=applied");
        page(session).get(week + "&notice=applied").then().statusCode(200).body(containsString("The plan is saved"))
                .body(containsString("Publish into the reps"))
                .body(containsString("class=\"visit-slot"));
        form(session, week).formParam("from", monday.toString()).post("/visits/publish").then().statusCode(200)
                .body(containsString("Published "));
        form(session, week).formParam("from", monday.toString()).post("/visits/jobs/" + id + "/apply").then()
                .statusCode(409).body(containsString("already applied"));
    }

    @Test
    void aRepSeesOnlyTheirOwnItineraryAndNoPlanningForms() {
        LocalDate monday = VisitFixtures.monday(6);
        fixtures.requestVisits(monday, 20);
        String job = VisitFixtures.solve(monday, 3);
        VisitFixtures.as("planner1").post("/api/planning/visits/jobs/" + job + "/apply").then().statusCode(200);
        String session = Sessions.signIn("rep1");
        page(session).get("/visits?from=" + monday).then().statusCode(200).body(containsString("Your itinerary"))
                .body(containsString("Rafael Rep")).body(not(containsString("Rita Rep")))
                .body(not(containsString("Plan visits"))).body(not(containsString("Publish into")))
                .body(containsString("<svg class=\"route-map\""));
        form(session, "/visits?from=" + monday).formParam("from", monday.toString()).formParam("seconds", "1")
                .post("/visits/jobs").then().statusCode(403);
        page(Sessions.signIn("customer1")).get("/visits").then().statusCode(403);

        long account = VisitFixtures.as("planner1").queryParam("from", monday.toString())
                .get("/api/visits/itineraries").then().extract().jsonPath().getLong("itineraries.stops.flatten()[0].accountId");
        page(Sessions.signIn("admin1")).get("/accounts/" + account).then().statusCode(200)
                .body(containsString("Visit planning")).body(containsString("Visit planned " + monday.getYear()))
                .body(containsString("/visits?from="));
    }
}
