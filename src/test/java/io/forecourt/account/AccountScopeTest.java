package io.forecourt.account;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.account.AccountBuilder.account;
import static io.forecourt.account.AccountBuilder.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who reaches whose accounts: a rep their own and their territory's, a manager the team's, an admin all. */
@QuarkusTest
class AccountScopeTest {

    private AccountBuilder rep2s;
    private long account;
    private long contact;

    @BeforeEach
    void rep2HasAnAccountWithAContact() {
        rep2s = account("Rita's customer");
        account = rep2s.createdBy("rep2");
        contact = AccountBuilder.contact("rep2", account, "Bonnet");
    }

    private Map<String, Object> change(String status) {
        return rep2s.with("status", status).with("version", 0).body();
    }

    @Test
    void aRepCannotReachAnotherRepsAccountOrItsContacts() {
        String base = "/api/accounts/" + account;
        as("rep1").get(base).then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(containsString("Rita")));
        as("rep1").contentType("application/json").body(change("ACTIVE")).put(base).then().statusCode(404);
        as("rep1").get(base + "/contacts").then().statusCode(404);
        as("rep1").contentType("application/json").body(Map.of("lastName", "Intruder"))
                .post(base + "/contacts").then().statusCode(404);
        as("rep1").contentType("application/json").body(Map.of("lastName", "Intruder", "version", 0))
                .put(base + "/contacts/" + contact).then().statusCode(404);
        as("rep1").delete(base + "/contacts/" + contact).then().statusCode(404);
        as("rep1").get("/api/accounts?q=" + rep2s.name()).then().statusCode(200).body("total", equalTo(0));
        // nothing was changed by the attempts
        as("rep2").get(base).then().statusCode(200).body("status", equalTo("PROSPECT")).body("version", equalTo(0));
        as("rep2").get(base + "/contacts").then().body("lastName", equalTo(java.util.List.of("Bonnet")));
    }

    @Test
    void theManagerOfTheTeamReadsAndChangesIt() {
        as("manager1").get("/api/accounts/" + account).then().statusCode(200).body("owner", equalTo("Rita Rep"));
        as("manager1").contentType("application/json").body(change("ACTIVE")).put("/api/accounts/" + account)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as("manager1").get("/api/accounts/" + account + "/contacts").then().statusCode(200)
                .body("lastName", hasItem("Bonnet"));
    }

    @Test
    void anAdminReachesEveryAccount() {
        as("admin1").get("/api/accounts?q=" + rep2s.name()).then().statusCode(200).body("total", equalTo(1));
        as("admin1").contentType("application/json").body(Map.of("lastName", "Admin-added"))
                .post("/api/accounts/" + account + "/contacts").then().statusCode(201);
        as("admin1").delete("/api/accounts/" + account + "/contacts/" + contact).then().statusCode(204);
    }

    @Test
    void aPlannerReadsEveryAccountButWritesNothing() {
        as("planner1").get("/api/accounts/" + account).then().statusCode(200);
        as("planner1").get("/api/accounts/" + account + "/contacts").then().statusCode(200);
        as("planner1").contentType("application/json").body(change("ACTIVE")).put("/api/accounts/" + account)
                .then().statusCode(403).contentType("application/problem+json");
        as("planner1").contentType("application/json").body(account("Planned").body()).post("/api/accounts")
                .then().statusCode(403);
        as("planner1").delete("/api/accounts/" + account + "/contacts/" + contact).then().statusCode(403);
    }

    @Test
    void customersAreForbiddenAndStrangersMustSignIn() {
        as("customer1").get("/api/accounts").then().statusCode(403).contentType("application/problem+json");
        as("customer1").get("/api/accounts/" + account).then().statusCode(403);
        as("customer1").get("/api/accounts.csv").then().statusCode(403);
        given().get("/api/accounts").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().get("/api/accounts/" + account + "/contacts").then().statusCode(401);
        given().contentType("application/json").body(account("Anonymous").body()).post("/api/accounts")
                .then().statusCode(401);
    }

    @Test
    void theCsvHoldsOnlyTheAccountsTheCallerMaySee() {
        AccountBuilder mine = account("Rafael's customer, \"quoted\"");
        mine.createdBy("rep1");
        String csv = as("rep1").get("/api/accounts.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("accounts.csv"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith(AccountsCsv.HEADER + "\r\n")
                .contains("\"" + mine.name().replace("\"", "\"\"") + "\"")
                .doesNotContain(rep2s.name());
        long visible = ((Number) as("rep1").get("/api/accounts?size=1").then().extract().path("total")).longValue();
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).hasSize((int) visible + 1);
        as("manager1").get("/api/accounts.csv?q=" + rep2s.name()).then().statusCode(200)
                .body(containsString(rep2s.name()));
    }
}
