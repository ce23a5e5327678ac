package io.forecourt.configurator;

import io.forecourt.testing.RulesFolderTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Runs against the test copy of rules/ (see RulesFolderTestResource), never the real folder. */
@QuarkusTest
class RulesReloadTest {

    static final String NEW_RULE = """
            package forecourt.configurator.test
            import io.forecourt.configurator.rules.Chosen
            global io.forecourt.configurator.rules.Outcome outcome
            rule "Red paint is sold out this month"
            when
                Chosen(code == "COL_RED_METALLIC")
            then
                outcome.violation(drools, "Flame red is sold out this month.");
            end
            """;

    static final String CONFIGURATOR = "sets.find { it.name == 'configurator' }";

    static Path folder() {
        return Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class))
                .resolve("configurator").resolve("cars");
    }

    static String version() {
        return given().auth().preemptive().basic("admin1", "demo").get("/api/admin/rules")
                .then().statusCode(200).extract().path(CONFIGURATOR + ".version");
    }

    @Test
    void onlyAdminsReload() {
        given().auth().preemptive().basic("rep1", "demo").contentType("application/json").post("/api/admin/rules/reload").then().statusCode(403);
        given().contentType("application/json").post("/api/admin/rules/reload").then().statusCode(401);
        given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/rules/reload").then().statusCode(200)
                .body(CONFIGURATOR + ".rules.size()", greaterThan(25));
    }

    @Test
    void aNewRuleTakesEffectWithoutRestartAndABrokenFileChangesNothing() throws Exception {
        Path added = folder().resolve("zz-test.drl");
        Path broken = folder().resolve("zz-broken.drl");
        String before = version();
        try {
            Files.writeString(added, NEW_RULE);
            String after = given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/rules/reload")
                    .then().statusCode(200).body(CONFIGURATOR + ".rules.name", hasItem("Red paint is sold out this month"))
                    .extract().path(CONFIGURATOR + ".version");
            assertThat(after).isNotEqualTo(before);
            assertThat(ConfiguratorApiTest.evaluate("AURA", List.of("COL_RED_METALLIC"), null)
                    .getList("violations.rule", String.class)).contains("Red paint is sold out this month");
            assertThat(ConfiguratorApiTest.evaluate("AURA", List.of("TRIM_BASE"), null).getString("rulesVersion"))
                    .isEqualTo(after);
            // red is now a dead end, so the configurator greys it out
            assertThat(ConfiguratorApiTest.option(ConfiguratorApiTest.evaluate("AURA", List.of(), null),
                    "COL_RED_METALLIC").get("available")).isEqualTo(false);

            Files.writeString(broken, NEW_RULE.replace("Red paint", "Blue paint").replace("Chosen(code == \"COL_RED_METALLIC\")",
                    "Chosen(code == \"COL_BLUE_METALLIC\""));
            given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/rules/reload")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].file", equalTo("configurator/cars/zz-broken.drl"))
                    .body("errors[0].line", greaterThan(0))
                    .body("errors", hasSize(greaterThan(0)));
            assertThat(version()).isEqualTo(after);
            assertThat(ConfiguratorApiTest.evaluate("AURA", List.of("COL_RED_METALLIC"), null)
                    .getList("violations.rule", String.class)).contains("Red paint is sold out this month");
        } finally {
            Files.deleteIfExists(added);
            Files.deleteIfExists(broken);
            given().auth().preemptive().basic("admin1", "demo").contentType("application/json").post("/api/admin/rules/reload").then().statusCode(200);
        }
        assertThat(version()).isEqualTo(before);
        assertThat(ConfiguratorApiTest.evaluate("AURA", List.of("COL_RED_METALLIC"), null)
                .getList("violations", Map.class)).isEmpty();
    }
}
