package io.forecourt.account;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.account.AccountBuilder.account;
import static io.forecourt.account.AccountBuilder.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountPagesTest {

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void theListSearchesAndShowsOnlyTheRepsAccounts() {
        AccountBuilder mine = account("Listed Garage");
        mine.createdBy("rep1");
        AccountBuilder theirs = account("Listed Garage");
        theirs.createdBy("rep2");
        String rep1 = Sessions.signIn("rep1");
        page(rep1).get("/accounts?q=Listed Garage").then().statusCode(200)
                .body(allOf(containsString(mine.name()), not(containsString(theirs.name())),
                        containsString("href=\"/accounts\">Accounts</a>"), containsString("name=\"q\"")));
        page(rep1).get("/accounts").then().statusCode(200).body(allOf(containsString("rel=\"next\""),
                containsString("Download CSV"), containsString("data-label=\"City\"")));
        // what a browser following the link accepts
        page(rep1).accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/accounts/export.csv?q=Listed Garage")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(allOf(containsString(mine.name()), not(containsString(theirs.name()))));
        page(rep1).get("/accounts/" + theirs.createdBy("rep2")).then().statusCode(404);
    }

    @Test
    void theAccountPageShowsDetailsContactsActivitiesOpportunitiesQuotesAndOrders() {
        long id = account("Detailed").with("street", "4 place Bellecour").createdBy("rep1");
        AccountBuilder.contact("rep1", id, "Fournier");
        io.restassured.RestAssured.given().auth().preemptive().basic("rep1", "demo").contentType("application/json")
                .body(Map.of("accountId", id, "type", "CALL", "purpose", "SERVICE", "doneAt", "2026-01-05T10:00:00Z",
                        "outcome", "REACHED_INTERESTED", "notes", "Wants a winter check"))
                .post("/api/activities").then().statusCode(201);
        io.restassured.RestAssured.given().auth().preemptive().basic("rep1", "demo").contentType("application/json")
                .body(Map.of("accountId", id, "name", "Fleet renewal", "amount", 84000, "expectedCloseDate", "2027-03-31"))
                .post("/api/opportunities").then().statusCode(201);
        page(Sessions.signIn("rep1")).get("/accounts/" + id).then().statusCode(200)
                .body(allOf(containsString("4 place Bellecour"), containsString("Test Fournier"),
                        containsString("Activity timeline"), containsString("Wants a winter check"),
                        containsString("Fleet renewal"), containsString("84,000 EUR"),
                        containsString("No quote yet."), containsString("No order yet."),
                        containsString("name=\"version\" value=\"0\""), containsString("Add a contact")));
        // a planner reads it, without any form to change it
        page(Sessions.signIn("planner1")).get("/accounts/" + id).then().statusCode(200)
                .body(allOf(containsString("Test Fournier"), not(containsString("Save the account"))));
        page(Sessions.signIn("customer1")).get("/accounts/" + id).then().statusCode(403);
    }

    @Test
    void editingSavesAndRedirectsButOnlyWithTheCsrfToken() {
        long id = account("Edited").createdBy("rep1");
        String session = Sessions.signIn("rep1");
        page(session).contentType("application/x-www-form-urlencoded").formParam("name", "No token")
                .formParam("status", "ACTIVE").formParam("version", "0")
                .post("/accounts/" + id).then().statusCode(400);
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + id, session);
        String location = form(session, csrf).formParam("name", "Edited for real").formParam("kind", "COMPANY")
                .formParam("status", "ACTIVE").formParam("city", "Bron").formParam("version", "0")
                .post("/accounts/" + id).then().statusCode(303)
                .header("Location", endsWith("/accounts/" + id + "?saved=account")).extract().header("Location");
        page(session).get(location).then().statusCode(200)
                .body(allOf(containsString("The account is saved."), containsString("Edited for real")));
        as("rep1").get("/api/accounts/" + id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(1));
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedTheAccount() {
        AccountBuilder builder = account("Contested");
        long id = builder.createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + id, session);
        as("manager1").contentType("application/json").body(builder.with("status", "INACTIVE").with("version", 0).body())
                .put("/api/accounts/" + id).then().statusCode(200);
        form(session, csrf).formParam("name", "My late change").formParam("status", "ACTIVE").formParam("version", "0")
                .post("/accounts/" + id).then().statusCode(409)
                .body(allOf(containsString("Someone else changed this account"), containsString("name=\"version\" value=\"1\"")));
        as("rep1").get("/api/accounts/" + id).then().body("status", equalTo("INACTIVE")).body("name", equalTo(builder.name()));
    }

    @Test
    void invalidFormsComeBackWithTheTypedValuesAndTheProblem() {
        long id = account("Mistyped").createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + id, session);
        form(session, csrf).formParam("name", "Kept name").formParam("status", "ACTIVE").formParam("email", "not-an-email")
                .formParam("version", "0").post("/accounts/" + id).then().statusCode(400)
                .body(allOf(containsString("value=\"Kept name\""), containsString("class=\"field-error\"")));
        form(session, csrf).formParam("firstName", "Nameless").post("/accounts/" + id + "/contacts").then().statusCode(400)
                .body(allOf(containsString("value=\"Nameless\""), containsString("class=\"field-error\"")));
    }

    @Test
    void aContactIsAddedThroughTheForm() {
        long id = account("With contact form").createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + id, session);
        form(session, csrf).formParam("firstName", "Inès").formParam("lastName", "Perrin").formParam("primary", "on")
                .post("/accounts/" + id + "/contacts").then().statusCode(303)
                .header("Location", containsString("/accounts/" + id + "?saved=contact"));
        as("rep1").get("/api/accounts/" + id + "/contacts").then()
                .body("[0].lastName", equalTo("Perrin")).body("[0].primary", equalTo(true));
        page(session).contentType("application/x-www-form-urlencoded").formParam("lastName", "Forged")
                .post("/accounts/" + id + "/contacts").then().statusCode(400);
    }
}
