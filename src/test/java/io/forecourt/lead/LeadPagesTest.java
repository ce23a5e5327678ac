package io.forecourt.lead;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.forecourt.lead.Leads.lead;
import static io.forecourt.lead.Leads.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LeadPagesTest {

    @Test
    void aRepSeesTheirLeadsWithDuplicatesMarkedButNotAColleagues() {
        String tag = unique();
        String email = tag + "@page.example.com";
        lead("Page Mine " + tag).with("email", email).createdBy("rep1");
        lead("Page Again " + tag).with("email", email).createdBy("rep1");
        lead("Page Theirs " + tag).createdBy("rep2");
        given().cookie("forecourt-session", Sessions.signIn("rep1")).accept("text/html")
                .get("/leads?q=" + tag).then().statusCode(200)
                .body(containsString("Page Mine " + tag)).body(containsString("same email"))
                .body(not(containsString("Page Theirs " + tag)));
        given().cookie("forecourt-session", Sessions.signIn("planner1")).accept("text/html")
                .get("/leads").then().statusCode(403);
    }
}
