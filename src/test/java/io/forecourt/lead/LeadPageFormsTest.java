package io.forecourt.lead;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.forecourt.lead.Leads.as;
import static io.forecourt.lead.Leads.lead;
import static io.forecourt.lead.Leads.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** A rep works leads from the leads page alone: enter, import, contact, qualify, convert, disqualify, merge. */
@QuarkusTest
class LeadPageFormsTest {

    private static RequestSpecification page(String session) {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private static RequestSpecification form(String session, Sessions.Csrf csrf) {
        return page(session).cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    private static RequestSpecification upload(String session, Sessions.Csrf csrf, String csv) {
        return page(session).cookie("csrf-token", csrf.cookie()).multiPart("csrf-token", csrf.token())
                .multiPart("file", "leads.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void aRepEntersALeadAndIsToldWhenItLooksLikeAnExistingOne() {
        String tag = unique();
        String email = tag + "@enter.example.com";
        long original = lead("Entered First " + tag).with("email", email).createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        page(session).get("/leads").then().body(allOf(containsString("Enter a lead"), containsString("Import a CSV file")));
        String location = form(session, csrf).formParam("name", "Entered Again " + tag).formParam("email", email)
                .formParam("city", "Bron").post("/leads").then().statusCode(303)
                .header("Location", matchesPattern(".*/leads\\?saved=\\d+")).extract().header("Location");
        page(session).get(location).then().statusCode(200)
                .body(allOf(containsString("Lead Entered Again " + tag + " entered for Rafael Rep"),
                        containsString("it looks like lead #" + original), containsString("Merge into #" + original)));
        as("rep1").get("/api/leads?q=Entered Again " + tag).then().body("[0].city", equalTo("Bron"))
                .body("[0].duplicateOf", equalTo((int) original));
    }

    @Test
    void anInvalidLeadComesBackWithTheTypedValuesAndNothingIsStored() {
        String tag = unique();
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        form(session, csrf).formParam("name", "").formParam("company", "Kept " + tag).formParam("email", "nope")
                .post("/leads").then().statusCode(400)
                .body(allOf(containsString("value=\"Kept " + tag + "\""), containsString("class=\"field-error\""),
                        containsString("value=\"nope\"")));
        as("rep1").get("/api/leads?q=Kept " + tag).then().body("$", empty());
        page(session).contentType("application/x-www-form-urlencoded").formParam("name", "No token " + tag)
                .post("/leads").then().statusCode(400);
        as("rep1").get("/api/leads?q=No token " + tag).then().body("$", empty());
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndShowsTheRowAGoodFileImportsAll() {
        String tag = unique();
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        String bad = "name,email,city\nUpload One " + tag + ",one@" + tag + ".example.com,Lyon\n"
                + "Upload Two " + tag + ",not-an-email,Bron\n";
        upload(session, csrf, bad).post("/leads/import").then().statusCode(422)
                .body(allOf(containsString("Nothing was imported"), containsString("Rows to correct"),
                        containsString("<td data-label=\"Row\">3</td>"), containsString("is not a valid email address")));
        as("rep1").get("/api/leads?q=" + tag).then().body("$", empty());
        String good = "name,email,city\nUpload One " + tag + ",one@" + tag + ".example.com,Lyon\n"
                + "Upload Two " + tag + ",ONE@" + tag + ".example.com,Bron\n";
        upload(session, csrf, good).post("/leads/import").then().statusCode(303)
                .header("Location", endsWith("/leads?imported=2&flagged=1"));
        page(session).get("/leads?imported=2&flagged=1").then()
                .body(containsString("Imported 2 leads; 1 flagged as possible duplicates."));
        as("rep1").get("/api/leads?q=" + tag).then().body("$", hasSize(2));
        page(session).multiPart("file", "leads.csv", good.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/leads/import").then().statusCode(400);
    }

    @Test
    void aLeadIsContactedQualifiedAndConvertedLandingOnItsNewAccount() {
        String tag = unique();
        long id = lead("Convert Me " + tag).with("company", "Convert SARL " + tag).with("city", "Lyon").createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        form(session, csrf).post("/leads/" + id + "/contacted").then().statusCode(303)
                .header("Location", endsWith("/leads?done=contacted#lead-" + id));
        form(session, csrf).post("/leads/" + id + "/qualify").then().statusCode(303);
        page(session).get("/leads?q=" + tag).then().body(containsString("Convert to account"));
        String account = form(session, csrf).post("/leads/" + id + "/convert").then().statusCode(303)
                .header("Location", matchesPattern(".*/accounts/\\d+\\?saved=converted")).extract().header("Location");
        page(session).get(account).then().statusCode(200)
                .body(allOf(containsString("Convert SARL " + tag), containsString("Me"),
                        containsString("The lead is converted"), containsString("first interest")));
        as("rep1").get("/api/leads/" + id).then().body("status", equalTo("CONVERTED")).body("accountId", notNullValue());
        // converting twice is refused on the page, not with a stack trace
        form(session, csrf).post("/leads/" + id + "/convert").then().statusCode(409)
                .body(containsString("cannot become CONVERTED"));
    }

    @Test
    void aLeadIsDisqualifiedOnlyWithAReason() {
        String tag = unique();
        long id = lead("Disq " + tag).createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        form(session, csrf).formParam("reason", " ").post("/leads/" + id + "/disqualify").then().statusCode(400)
                .body(containsString("Say why the lead is disqualified"));
        form(session, csrf).formParam("reason", "Student, no budget").post("/leads/" + id + "/disqualify").then()
                .statusCode(303);
        as("rep1").get("/api/leads/" + id).then().body("status", equalTo("DISQUALIFIED"))
                .body("statusReason", equalTo("Student, no budget"));
    }

    @Test
    void aFlaggedDuplicateIsMergedIntoTheOriginalAndStaysAsHistory() {
        String tag = unique();
        String email = tag + "@merge.example.com";
        long original = lead("Merge Original " + tag).with("email", email).createdBy("rep1");
        long duplicate = lead("Merge Copy " + tag).with("email", email).with("phone", "+33 6 11 22 33 44")
                .createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        form(session, csrf).formParam("into", original).post("/leads/" + duplicate + "/merge").then().statusCode(303)
                .header("Location", endsWith("/leads?done=merged#lead-" + duplicate));
        as("rep1").get("/api/leads/" + duplicate).then().body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo((int) original));
        as("rep1").get("/api/leads/" + original).then().body("phone", equalTo("+33 6 11 22 33 44"));
        page(session).get("/leads?q=" + tag).then().body(containsString("merged into #" + original));
    }

    @Test
    void aRepCannotActOnAColleaguesLeadFromThePage() {
        String tag = unique();
        long theirs = lead("Colleague " + tag).createdBy("rep2");
        long mine = lead("Mine " + tag).createdBy("rep1");
        String session = Sessions.signIn("rep1");
        Sessions.Csrf csrf = Sessions.csrfFrom("/leads", session);
        for (String action : new String[] {"contacted", "qualify", "convert"}) {
            form(session, csrf).post("/leads/" + theirs + "/" + action).then().statusCode(404);
        }
        form(session, csrf).formParam("reason", "x").post("/leads/" + theirs + "/disqualify").then().statusCode(404);
        form(session, csrf).formParam("into", theirs).post("/leads/" + mine + "/merge").then().statusCode(404);
        as("rep2").get("/api/leads/" + theirs).then().body("status", equalTo("NEW"));
        as("rep1").get("/api/leads/" + mine).then().body("status", equalTo("NEW"));
        String planner = Sessions.signIn("planner1");
        form(planner, Sessions.csrfFrom("/accounts", planner)).post("/leads/" + mine + "/qualify").then()
                .statusCode(403);
    }
}
