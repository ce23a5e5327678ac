package io.forecourt.account;

import io.forecourt.security.UserRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.forecourt.account.AccountBuilder.account;
import static io.forecourt.account.AccountBuilder.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AccountApiTest {

    @Inject
    UserRepository users;

    @Test
    void aRepCreatesAnAccountTheyOwn() {
        AccountBuilder garage = account("Garage Créé").with("street", "12 rue Garibaldi").with("latitude", 45.76);
        as("rep1").contentType("application/json").body(garage.body()).post("/api/accounts")
                .then().statusCode(201).header("Location", containsString("/api/accounts/"))
                .body("name", equalTo(garage.name())).body("kind", equalTo("COMPANY"))
                .body("owner", equalTo("Rafael Rep")).body("version", equalTo(0))
                .body("street", equalTo("12 rue Garibaldi"));
    }

    @Test
    void aManagerGivesANewAccountToARepOfTheTeamButNotToAnOutsider() {
        long rep2 = users.findByUsername("rep2").orElseThrow().getId();
        long id = account("Assigned").with("ownerId", rep2).createdBy("manager1");
        as("rep2").get("/api/accounts/" + id).then().statusCode(200).body("owner", equalTo("Rita Rep"));
        long planner = users.findByUsername("planner1").orElseThrow().getId();
        as("manager1").contentType("application/json").body(account("Outsider").with("ownerId", planner).body())
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("ownerId"));
        as("rep1").contentType("application/json").body(account("Gift").with("ownerId", rep2).body())
                .post("/api/accounts").then().statusCode(400).body("errors.field", hasItem("ownerId"));
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionIsSavedAndAStaleOneIsRefused() {
        AccountBuilder builder = account("Versioned");
        long id = builder.createdBy("rep1");
        Map<String, Object> change = builder.with("status", "ACTIVE").with("version", 0).body();
        as("rep1").contentType("application/json").body(change).put("/api/accounts/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("version", equalTo(1));
        // a second writer still holding version 0 must not overwrite the first one's change
        change.put("status", "INACTIVE");
        as("manager1").contentType("application/json").body(change).put("/api/accounts/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("currentVersion", equalTo(1));
        as("rep1").get("/api/accounts/" + id).then().body("status", equalTo("ACTIVE"));
        change.remove("version");
        as("rep1").contentType("application/json").body(change).put("/api/accounts/" + id)
                .then().statusCode(400).body("errors.field", hasItem("version"));
    }

    @Test
    void invalidFieldsAreNamedInA400() {
        as("rep1").contentType("application/json")
                .body(Map.of("name", " ", "status", "SOMETIMES", "country", "France", "email", "nope", "latitude", 91))
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "status", "country", "email", "latitude"));
        as("rep1").get("/api/accounts?size=1000").then().statusCode(400).body("errors.field", hasItem("size"));
        as("rep1").get("/api/accounts?status=SOMETIMES").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void theListIsPagedAndFilteredByCityNameAndStatus() {
        String city = "Zébulonville " + java.util.UUID.randomUUID().toString().substring(0, 6);
        AccountBuilder active = account("Filterable").with("status", "ACTIVE").with("city", city);
        active.createdBy("rep1");
        account("Filterable").with("status", "INACTIVE").with("city", city).createdBy("rep1");
        account("Filterable").with("status", "ACTIVE").with("city", city).createdBy("rep2");
        as("rep1").get("/api/accounts?q=" + city.toUpperCase() + "&status=ACTIVE").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo(active.name()));
        as("rep1").get("/api/accounts?q=" + city + "&size=1&page=2").then().statusCode(200)
                .body("total", equalTo(2)).body("pages", equalTo(2)).body("page", equalTo(2))
                .body("items", hasSize(1)).body("items[0].city", equalTo(city));
        as("rep1").get("/api/accounts?q=" + active.name().toLowerCase()).then().body("total", equalTo(1));
        as("rep1").get("/api/accounts?q=100%25_").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void contactsAreAddedChangedWithTheirVersionAndRemoved() {
        long id = account("Contacts").createdBy("rep1");
        long first = AccountBuilder.contact("rep1", id, "Durand");
        long second = ((Number) as("rep1").contentType("application/json")
                .body(Map.of("firstName", "Léa", "lastName", "Moreau", "email", "lea@example.fr", "primary", true))
                .post("/api/accounts/" + id + "/contacts").then().statusCode(201)
                .header("Location", containsString("/api/accounts/" + id + "/contacts/"))
                .body("primary", equalTo(true)).extract().path("id")).longValue();
        as("rep1").get("/api/accounts/" + id + "/contacts").then().statusCode(200)
                .body("lastName", equalTo(java.util.List.of("Moreau", "Durand")));
        as("rep1").contentType("application/json").body(Map.of("lastName", "Durand-Petit", "version", 0))
                .put("/api/accounts/" + id + "/contacts/" + first).then().statusCode(200)
                .body("lastName", equalTo("Durand-Petit")).body("version", equalTo(1));
        as("rep1").contentType("application/json").body(Map.of("lastName", "Lost update", "version", 0))
                .put("/api/accounts/" + id + "/contacts/" + first).then().statusCode(409);
        as("rep1").contentType("application/json").body(Map.of("lastName", ""))
                .post("/api/accounts/" + id + "/contacts").then().statusCode(400).body("errors.field", hasItem("lastName"));
        as("rep1").delete("/api/accounts/" + id + "/contacts/" + second).then().statusCode(204);
        as("rep1").get("/api/accounts/" + id + "/contacts").then().body("lastName", equalTo(java.util.List.of("Durand-Petit")));
        as("rep1").delete("/api/accounts/" + id + "/contacts/" + second).then().statusCode(404);
    }
}
