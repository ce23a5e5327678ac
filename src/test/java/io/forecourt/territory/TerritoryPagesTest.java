package io.forecourt.territory;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class TerritoryPagesTest {

    @Test
    void aPlannerProposesFollowsAndDiscardsARebalancingWithoutJavaScript() {
        String session = Sessions.signIn("planner1");
        given().cookie("forecourt-session", session).accept("text/html").get("/territories").then().statusCode(200)
                .body(containsString("NORTH-A")).body(containsString("<svg")).body(containsString("Propose a rebalancing"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/territories", session);
        Response started = given().redirects().follow(false).cookie("forecourt-session", session)
                .cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token()).formParam("seconds", "2").formParam("moveWeight", "200")
                .post("/territories/jobs");
        assertThat(started.statusCode()).isEqualTo(303);
        String page = started.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/territories/jobs/");
        String id = page.substring("/territories/jobs/".length());
        given().cookie("forecourt-session", session).accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Territory proposal")).body(containsString("data-job-progress"))
                .body(containsString("of 2 s"));
        TerritoryApi.awaitEnd(id);
        given().cookie("forecourt-session", session).accept("text/html").get("/territories").then().statusCode(200)
                .body(containsString("/territories/jobs/" + id)).body(containsString("by planner1"));
        given().cookie("forecourt-session", session).accept("application/json").get("/planning/jobs/" + id + "/progress")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("FINISHED"));
        given().cookie("forecourt-session", session).accept("text/html").get(page).then().statusCode(200)
                .body(containsString("change territor")).body(containsString("Balanced workload"))
                .body(containsString("Apply: move"))
                // in words and units, without JavaScript: no "-19710soft"
                .body(containsString("% of capacity")).body(containsString("\u00a0km from their rep"))
                .body(containsString("k€")).body(org.hamcrest.Matchers.anyOf(containsString("Meets every hard rule"), containsString("Breaks hard rules")))
                .body(not(org.hamcrest.Matchers.matchesPattern("(?s).*-?\\d+(hard|soft).*")));
        Sessions.Csrf again = Sessions.csrfFrom(page, session);
        given().redirects().follow(false).cookie("forecourt-session", session).cookie("csrf-token", again.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", again.token())
                .post(page + "/discard").then().statusCode(303);
        given().cookie("forecourt-session", session).accept("text/html").get(page).then().statusCode(404);
    }

    @Test
    void aTypoInTheFormIsShownBackAndNothingStarts() {
        String session = Sessions.signIn("planner1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/territories", session);
        given().redirects().follow(false).cookie("forecourt-session", session).cookie("csrf-token", csrf.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf.token())
                .formParam("seconds", "ten").post("/territories/jobs").then().statusCode(400)
                .body(containsString("a whole number, please")).body(containsString("value=\"ten\""));
    }

    @Test
    void managersSeeTheMetricsButNoRebalancingAndRepsAreRefused() {
        String manager = Sessions.signIn("manager1");
        given().cookie("forecourt-session", manager).accept("text/html").get("/territories").then().statusCode(200)
                .body(containsString("NORTH-B")).body(not(containsString("Propose a rebalancing")));
        String rep = Sessions.signIn("rep1");
        given().cookie("forecourt-session", rep).accept("text/html").get("/territories").then().statusCode(403);
    }
}
