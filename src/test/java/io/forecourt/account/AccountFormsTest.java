package io.forecourt.account;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.forecourt.account.AccountBuilder.account;
import static io.forecourt.account.AccountBuilder.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Creating accounts and editing contacts from the pages, and who may read accounts (planners: all). */
@QuarkusTest
class AccountFormsTest {

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    @Test
    void aRepCreatesAnAccountWithCoordinatesAndLandsOnItsPage() {
        String name = "Created Garage " + UUID.randomUUID().toString().substring(0, 8);
        String session = Sessions.signIn("rep1");
        page(session).get("/accounts").then().body(containsString("href=\"/accounts/new\""));
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/new", session);
        String location = form(session, csrf).formParam("name", name).formParam("kind", "COMPANY")
                .formParam("status", "PROSPECT").formParam("city", "Vénissieux").formParam("country", "fr")
                .formParam("latitude", "45,697").formParam("longitude", "4.886")
                .post("/accounts").then().statusCode(303)
                .header("Location", matchesPattern(".*/accounts/\\d+\\?saved=created")).extract().header("Location");
        page(session).get(location).then().statusCode(200)
                .body(allOf(containsString(name), containsString("The account is created"),
                        containsString("45.697, 4.886"), containsString("Rafael Rep")));
        String id = location.replaceAll(".*/accounts/(\\d+).*", "$1");
        as("rep1").get("/api/accounts/" + id).then().body("country", equalTo("FR")).body("latitude", equalTo(45.697f));
        as("rep2").get("/api/accounts/" + id).then().statusCode(404);
    }

    @Test
    void anInvalidNewAccountComesBackWithTheTypedValuesAndIsNotCreated() {
        String city = "Typo City " + UUID.randomUUID().toString().substring(0, 8);
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/new", session);
        form(session, csrf).formParam("name", "").formParam("status", "PROSPECT").formParam("city", city)
                .formParam("latitude", "north").formParam("email", "x@").post("/accounts").then().statusCode(400)
                .body(allOf(containsString("value=\"" + city + "\""), containsString("is a number in degrees"),
                        containsString("class=\"field-error\"")));
        as("rep1").get("/api/accounts?q=" + city).then().body("total", equalTo(0));
        page(session).contentType("application/x-www-form-urlencoded").formParam("name", "No token")
                .formParam("status", "PROSPECT").post("/accounts").then().statusCode(400);
        page(Sessions.signIn("planner1")).get("/accounts/new").then().statusCode(403);
    }

    @Test
    void aContactIsEditedFromTheAccountPageAndAStaleEditSaysSo() {
        long id = account("Contact edit").createdBy("rep1");
        long contact = AccountBuilder.contact("rep1", id, "Moreau");
        String session = Sessions.signIn("rep1");
        page(session).get("/accounts/" + id).then().body(containsString("Edit Test Moreau"));
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts/" + id, session);
        form(session, csrf).formParam("firstName", "Léa").formParam("lastName", "Moreau-Blanc")
                .formParam("jobTitle", "Fleet manager").formParam("version", 0)
                .post("/accounts/" + id + "/contacts/" + contact).then().statusCode(303)
                .header("Location", endsWith("/accounts/" + id + "?saved=contact-changed#contacts"));
        as("rep1").get("/api/accounts/" + id + "/contacts").then().body("[0].lastName", equalTo("Moreau-Blanc"))
                .body("[0].jobTitle", equalTo("Fleet manager")).body("[0].version", equalTo(1));
        form(session, csrf).formParam("firstName", "Typed").formParam("lastName", "").formParam("version", 1)
                .post("/accounts/" + id + "/contacts/" + contact).then().statusCode(400)
                .body(allOf(containsString("value=\"Typed\""), containsString("class=\"field-error\"")));
        form(session, csrf).formParam("lastName", "Late").formParam("version", 0)
                .post("/accounts/" + id + "/contacts/" + contact).then().statusCode(409)
                .body(containsString("Someone else changed this contact"));
        as("rep1").get("/api/accounts/" + id + "/contacts").then().body("[0].lastName", equalTo("Moreau-Blanc"));
    }

    @Test
    void aRepCannotEditAColleaguesContactFromThePage() {
        long theirs = account("Not my contact").createdBy("rep2");
        long contact = AccountBuilder.contact("rep2", theirs, "Private");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/accounts", session);
        form(session, csrf).formParam("lastName", "Hijacked").formParam("version", 0)
                .post("/accounts/" + theirs + "/contacts/" + contact).then().statusCode(404);
        form(session, csrf).formParam("lastName", "Added").post("/accounts/" + theirs + "/contacts").then()
                .statusCode(404);
        as("rep2").get("/api/accounts/" + theirs + "/contacts").then().body("[0].lastName", equalTo("Private"))
                .body("size()", equalTo(1));
    }

    @Test
    void aPlannerReadsEveryAccountAndItsOpportunitiesOnTheApiAndThePagesButChangesNothing() {
        long id = account("Planner reads").createdBy("rep2");
        AccountBuilder.contact("rep2", id, "Visible");
        as("rep2").contentType("application/json").body(java.util.Map.of("accountId", id, "name", "Planner sees deal",
                "amount", 5000, "expectedCloseDate", "2031-01-01")).post("/api/opportunities").then().statusCode(201);
        as("planner1").get("/api/accounts/" + id).then().statusCode(200);
        as("planner1").get("/api/opportunities?account=" + id).then().statusCode(200)
                .body("[0].name", equalTo("Planner sees deal"));
        String planner = Sessions.signIn("planner1");
        page(planner).get("/accounts").then().statusCode(200).body(allOf(containsString("href=\"/accounts\">Accounts</a>"),
                not(containsString("href=\"/accounts/new\""))));
        page(planner).get("/accounts/" + id).then().statusCode(200)
                .body(allOf(containsString("Test Visible"), containsString("Planner sees deal"),
                        not(containsString("Activity timeline")), not(containsString("Log or plan a contact")),
                        not(containsString("Edit Test Visible"))));
        page(planner).get("/accounts/" + id + "/activities/new").then().statusCode(403);
        as("planner1").contentType("application/json").body(java.util.Map.of("accountId", id, "type", "CALL",
                "purpose", "SERVICE", "plannedAt", "2031-01-01T10:00:00Z")).post("/api/activities").then().statusCode(403);
    }
}
