package io.forecourt.lead;

import io.forecourt.account.TerritoryRepository;
import io.forecourt.security.UserRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.forecourt.lead.Leads.as;
import static io.forecourt.lead.Leads.digits;
import static io.forecourt.lead.Leads.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Leads that arrive in bulk (CSV import) or from the web configurator, and who they go to. */
@QuarkusTest
class LeadIntakeTest {

    @Inject
    UserRepository users;

    @Inject
    TerritoryRepository territories;

    static io.restassured.response.Response importAs(String username, String csv) {
        return as(username).contentType("text/csv").body(csv).post("/api/leads/import");
    }

    @Test
    void aGoodFileImportsEveryRowAndFlagsDuplicatesAgainstEarlierRowsAndExistingLeads() {
        String tag = unique();
        String known = tag + "@known.example.com";
        long existing = Leads.lead("Known " + tag).with("email", known).createdBy("rep1");
        String phone = digits();
        String csv = "city,name,extra,email,phone,company\n"
                + "Lyon,Import One " + tag + ",x," + tag + ".one@example.com,+33 6 " + phone + ",Garage Un\n"
                + "\"Villeurbanne\",\"Import, Two " + tag + "\",,,06 " + phone + ",\n"
                + "Bron,Import Three " + tag + ",," + known.toUpperCase() + ",,\n";
        var answer = importAs("rep1", csv).then().statusCode(200)
                .body("imported", equalTo(3)).body("leadIds", hasSize(3))
                .body("duplicates", hasSize(2))
                .body("duplicates.row", equalTo(List.of(3, 4)))
                .body("duplicates[1].duplicateOf", equalTo((int) existing))
                .extract().jsonPath();
        long firstRow = answer.getLong("leadIds[0]");
        assertThat(answer.getLong("duplicates[0].duplicateOf")).isEqualTo(firstRow);
        long rep1 = users.findByUsername("rep1").orElseThrow().getId();
        as("rep1").get("/api/leads?q=" + tag).then().statusCode(200)
                .body("findAll { it.source == 'IMPORT' }.ownerId", equalTo(List.of((int) rep1, (int) rep1, (int) rep1)))
                .body("name", hasItem("Import, Two " + tag));
    }

    @Test
    void oneBadRowRefusesTheWholeFileNamingItsRow() {
        String tag = unique();
        String csv = "name,email\n"
                + "Good " + tag + "," + tag + "@example.com\n"
                + "," + tag + ".nameless@example.com\n"
                + "Bad Email " + tag + ",not-an-email\n";
        importAs("rep1", csv).then().statusCode(422).contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(3, 4)))
                .body("errors.field", equalTo(List.of("name", "email")));
        as("rep1").get("/api/leads?q=" + tag).then().statusCode(200).body("$", hasSize(0));
        importAs("rep1", "email,city\nx@example.com,Lyon\n").then().statusCode(422).body("errors.row", hasItem(1));
        // PostgreSQL cannot store a NUL: the row and the column are named, nothing is imported
        importAs("rep1", "name,city\nNul " + tag + ",Ly\u0000on\n").then().statusCode(422)
                .body("errors.row", equalTo(List.of(2))).body("errors.field", equalTo(List.of("city")));
        as("rep1").get("/api/leads?q=" + tag).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void savingAConfigurationWithAnEmailMakesAWebLeadForARep() {
        String email = unique() + "@web.example.com";
        String code = given().contentType("application/json")
                .body(Map.of("product", "AURA", "selections", List.of(), "name", "Web Buyer", "email", email))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
        var lead = as("admin1").get("/api/leads?q=" + email).then().statusCode(200).body("$", hasSize(1))
                .body("[0].source", equalTo("WEB_CONFIGURATOR")).body("[0].status", equalTo("NEW"))
                .body("[0].configurationCode", equalTo(code)).body("[0].name", equalTo("Web Buyer"))
                .body("[0].ownerId", notNullValue()).extract().jsonPath();
        long owner = lead.getLong("[0].ownerId");
        assertThat(users.findById(owner).getRoles()).contains("rep");

        // the same customer saving again is a flagged duplicate, never refused
        given().contentType("application/json").body(Map.of("product", "AURA", "selections", List.of(), "email", email))
                .post("/api/configurations").then().statusCode(201);
        as("admin1").get("/api/leads?q=" + email).then().body("$", hasSize(2))
                .body("duplicateReason", hasItem("same email"));
    }

    @Test
    void leadsWithoutATerritoryGoToTheRepsInTurn() {
        Long[] owners = new Long[4];
        for (int i = 0; i < owners.length; i++) {
            String email = unique() + "@turn.example.com";
            given().contentType("application/json").body(Map.of("product", "AURA", "selections", List.of(), "email", email))
                    .post("/api/configurations").then().statusCode(201);
            owners[i] = as("admin1").get("/api/leads?q=" + email).then().extract().jsonPath().getLong("[0].ownerId");
        }
        assertThat(owners[1]).isNotEqualTo(owners[0]);
        assertThat(owners[2]).isNotEqualTo(owners[1]);
        assertThat(owners[3]).isNotEqualTo(owners[2]);
    }

    @Test
    void aLeadInACityOfATerritorysAccountsGoesToThatTerritorysRep() {
        String tag = unique();
        String city = "Saint-Étienne-des-Tests " + tag;
        long east = territories.findByCode("NORTH-B").orElseThrow().getId();
        as("rep2").body(Map.of("name", "Anchor " + tag, "status", "ACTIVE", "city", city, "territoryId", east))
                .post("/api/accounts").then().statusCode(201);
        importAs("manager1", "name,city\nTerritorial " + tag + "," + city.toUpperCase().replace("É", "E") + "\n")
                .then().statusCode(200);
        long rep2 = users.findByUsername("rep2").orElseThrow().getId();
        for (int i = 0; i < 2; i++) {
            // not a turn: the territory decides, every time
            as("manager1").get("/api/leads?q=Territorial " + tag).then().statusCode(200)
                    .body("[0].ownerId", equalTo((int) rep2)).body("[0].territoryId", equalTo((int) east));
        }
    }

    @Test
    void concurrentNewLeadsNeverTakeTheSameTurn() throws Exception {
        String tag = unique();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String csv = "name,city\nRace " + i + " " + tag + ",Nowhere-" + tag + "\n";
                calls.add(pool.submit(() -> importAs("manager1", csv).statusCode()));
            }
            for (var call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> owners = as("manager1").get("/api/leads?q=" + tag).then().statusCode(200)
                .extract().jsonPath().getList("ownerId");
        long rep1 = users.findByUsername("rep1").orElseThrow().getId();
        // team North has two reps: four leads in turn are two each, whatever order the requests ran in
        assertThat(owners).hasSize(4);
        assertThat(owners.stream().filter(o -> o == rep1).count()).isEqualTo(2);
    }

    @Test
    void aManagersImportGoesToTheRepOfTheTerritoryByCityElseInTurnWithinTheTeam() {
        String tag = unique();
        String city = "Nowhere-" + tag;
        String csv = "name,city\nTurn A " + tag + "," + city + "\nTurn B " + tag + "," + city + "\n";
        importAs("manager1", csv).then().statusCode(200).body("imported", equalTo(2));
        List<Integer> owners = as("manager1").get("/api/leads?q=" + tag).then().statusCode(200)
                .extract().jsonPath().getList("ownerId");
        long rep1 = users.findByUsername("rep1").orElseThrow().getId();
        long rep2 = users.findByUsername("rep2").orElseThrow().getId();
        assertThat(owners).containsExactlyInAnyOrder((int) rep1, (int) rep2);
    }
}
