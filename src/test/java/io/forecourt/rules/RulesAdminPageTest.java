package io.forecourt.rules;

import io.forecourt.testing.RulesFolderTestResource;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The admin's rules page, against the test copy of rules/ (never the real folder). */
@QuarkusTest
class RulesAdminPageTest {

    static final String CONFIGURATOR = "sets.find { it.name == 'configurator' }";

    private String session;

    @BeforeEach
    void signIn() {
        session = Sessions.signIn("admin1");
    }

    private RequestSpecification asAdmin() {
        return given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false);
    }

    private RequestSpecification reloadForm() {
        Sessions.Csrf csrf = Sessions.csrfFrom("/admin/rules", session);
        return asAdmin().cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    static String configuratorVersion() {
        return given().auth().preemptive().basic("admin1", "demo").get("/api/admin/rules").then().statusCode(200)
                .extract().path(CONFIGURATOR + ".version");
    }

    @Test
    void theAdminSeesEveryRuleSetItsFilesAndWhichProductsEachLineGoverns() {
        asAdmin().get("/admin/rules").then().statusCode(200)
                .body(allOf(containsString("Business rules"), containsString("<code>configurator/</code>"),
                        containsString("<code>quote/</code>"), containsString("<code>configurator/cars/</code> governs"),
                        containsString("<code>configurator/cars/pricing.drl</code>"),
                        containsString("Four packages earn a loyalty saving of 500"),
                        containsString("Discount above 20 % needs an admin"),
                        containsString("action=\"/admin/rules/reload\""), containsString("name=\"csrf-token\"")));
        asAdmin().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/rules\""));
    }

    @Test
    void othersMayNotSeeOrReload() {
        given().cookie("forecourt-session", Sessions.signIn("rep1")).accept("text/html").redirects().follow(false)
                .get("/admin/rules").then().statusCode(403);
        asAdmin().contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/admin/rules/reload")
                .then().statusCode(400);
    }

    @Test
    void aBrokenFileIsShownWithFileAndLineAndTheOldRulesKeepServing() throws Exception {
        Path rules = Path.of(ConfigProvider.getConfig().getValue(RulesFolderTestResource.PROPERTY, String.class));
        Path broken = rules.resolve("configurator").resolve("cars").resolve("zz-page-broken.drl");
        String before = configuratorVersion();
        try {
            Files.writeString(broken, """
                    package forecourt.configurator.cars.broken
                    import io.forecourt.configurator.rules.Chosen
                    global io.forecourt.configurator.rules.Outcome outcome
                    rule "Half written"
                    when
                        Chosen(code == "COL_RED_METALLIC"
                    then
                        outcome.violation(drools, "no");
                    end
                    """);
            reloadForm().post("/admin/rules/reload").then().statusCode(422).contentType(containsString("text/html"))
                    .body(allOf(containsString("The rules were not reloaded"),
                            containsString("The rules in service are unchanged"),
                            containsString("<code>configurator/cars/zz-page-broken.drl</code>, line ")))
                    .body(not(containsString("Exception")));
            assertThat(configuratorVersion()).isEqualTo(before);
            asAdmin().get("/admin/rules").then().statusCode(200).body(containsString(before));
        } finally {
            Files.deleteIfExists(broken);
        }
        reloadForm().post("/admin/rules/reload").then().statusCode(303)
                .header("Location", endsWith("/admin/rules?reloaded=true"));
        asAdmin().get("/admin/rules?reloaded=true").then().statusCode(200)
                .body(containsString("the rules below are in service now"));
        assertThat(configuratorVersion()).isEqualTo(before);
    }
}
