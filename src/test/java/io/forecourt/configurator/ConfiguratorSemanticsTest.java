package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.evaluation.Evaluation;
import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * What each flag means and how defaults behave, on the cases that went wrong: a finished product with an
 * optional group left empty against a table, a conflict that only a chain of tables makes, the Aura's
 * default wheels that locked customers out of upgrades, and Lime Yellow's reason.
 */
@QuarkusTest
class ConfiguratorSemanticsTest {

    static final String TEST_PRODUCT = "ZZ_FRAMES";

    @Inject
    ConfiguratorService configurator;

    @Inject
    CatalogService catalog;

    @AfterEach
    void dropTestProduct() {
        if (catalog.find(TEST_PRODUCT).isPresent()) {
            catalog.delete(TEST_PRODUCT, null);
        }
    }

    @Test
    void aFinishedProductWithAnEmptyOptionalGroupIsCheckedAgainstTheTables() {
        frames();
        // motor X needs battery Y; no battery counts as "-", which only goes with no motor
        Evaluation e = configurator.evaluate(TEST_PRODUCT, List.of("MOT_X", "FR_1"), "DE");
        assertThat(e.complete()).isTrue();
        assertThat(e.valid()).isFalse();
        assertThat(e.completable()).isTrue();
        assertThat(e.violations()).extracting(Evaluation.Violation::rule).containsExactly("MOTOR_BATTERY");
        assertThat(e.repairs()).filteredOn(r -> r.rule().equals("MOTOR_BATTERY"))
                .anySatisfy(r -> assertThat(r.add()).containsExactly("BAT_Y"))
                .anySatisfy(r -> assertThat(r.remove()).containsExactly("MOT_X"));
        assertThat(configurator.check(TEST_PRODUCT, List.of("MOT_X", "FR_1"), "DE").buildable()).isFalse();
        assertThat(configurator.check(TEST_PRODUCT, List.of("MOT_X", "BAT_Y", "FR_1"), "DE").buildable()).isTrue();
        // saving it keeps a draft; asking for "ready" is refused with the violation
        given().contentType("application/json")
                .body(Map.of("product", TEST_PRODUCT, "selections", List.of("MOT_X", "FR_1"), "market", "DE", "ready", true))
                .post("/api/configurations").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].rule", org.hamcrest.Matchers.equalTo("MOTOR_BATTERY"));
        given().contentType("application/json")
                .body(Map.of("product", TEST_PRODUCT, "selections", List.of("MOT_X", "FR_1"), "market", "DE"))
                .post("/api/configurations").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("today.valid", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aConflictOnlyAChainOfTablesMakesIsNamedWithRepairs() {
        frames();
        // A rules out frames 1 and 2, B frame 3, C frame 4: nothing breaks as it stands, nothing completes
        Evaluation e = configurator.evaluate(TEST_PRODUCT, List.of("OPT_A", "OPT_B", "OPT_C"), "DE");
        assertThat(e.valid()).isTrue();
        assertThat(e.completable()).isFalse();
        assertThat(e.complete()).isFalse();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Evaluation.CONFLICT);
            assertThat(v.options()).containsExactlyInAnyOrder("OPT_A", "OPT_B", "OPT_C");
            assertThat(v.message()).contains("cannot all be in one");
        });
        assertThat(e.repairs()).hasSize(3).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo(Evaluation.CONFLICT);
            assertThat(r.remove()).hasSize(1);
            assertThat(configurator.evaluate(TEST_PRODUCT, r.selections(), "DE").completable()).isTrue();
        });
        // the frames are judged against the choices outside the conflict, so a way out shows
        assertThat(configurator.check(TEST_PRODUCT, List.of("OPT_A", "OPT_B", "OPT_C"), "DE").buildable()).isFalse();
    }

    @Test
    void auraDefaultsAreSuggestionsThatNeverLockOutUpgrades() {
        Evaluation e = configurator.evaluate("AURA", List.of(), "DE");
        assertThat(e.selections()).isEmpty();
        assertThat(e.defaults()).contains("WHEEL_16_STEEL", "TRIM_BASE", "ENG_P110", "GB_MAN6");
        for (String upgrade : List.of("TRIM_STYLE", "TRIM_PREMIUM", "INT_LEATHER_BLACK", "INT_LEATHER_COGNAC",
                "WHEEL_18_ALLOY", "WHEEL_19_SPORT", "ENG_P150", "ENG_H150", "ENG_D150", "PKG_SPORT", "PKG_TECH")) {
            assertThat(option(e, upgrade).available()).as(upgrade).isTrue();
        }
        assertThat(option(e, "WHEEL_16_STEEL").suggested()).isTrue();
        assertThat(option(e, "WHEEL_16_STEEL").selected()).isFalse();

        // the page shows the defaults chosen, and the upgrades open
        String page = given().accept("text/html").get("/configure/AURA").then().statusCode(200).extract().asString();
        assertThat(page).contains("suggested");
        assertThat(radio(page, "TRIM_PREMIUM")).doesNotContain("disabled");
        assertThat(radio(page, "WHEEL_16_STEEL")).contains("checked");

        // choosing Premium replaces the default steel wheels, and the page says so
        Sessions.Csrf csrf = Sessions.csrfFrom("/configure/AURA", null);
        List<String> shown = new ArrayList<>(e.defaults());
        shown.remove("TRIM_BASE");
        shown.add("TRIM_PREMIUM");
        var post = form(csrf).formParam("own", "").formParam("suggested", String.join(",", e.defaults()))
                .formParam("market", "DE");
        for (String o : shown) {
            post = post.formParam("opt_" + groupOf(o), o);
        }
        String location = post.redirects().follow(false).post("/configure/AURA").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).contains("s=TRIM_PREMIUM").doesNotContain("WHEEL_16_STEEL,").contains("changed=WHEEL_16_STEEL");
        given().urlEncodingEnabled(false).accept("text/html").get(location).then().statusCode(200)
                .body(containsString("we also changed"))
                .body(containsString("16&quot; steel wheels with covers →"));
        Evaluation premium = configurator.evaluate("AURA", List.of("TRIM_PREMIUM"), "DE");
        assertThat(premium.defaults()).doesNotContain("WHEEL_16_STEEL").anyMatch(o -> o.startsWith("WHEEL_"));
    }

    @Test
    void aChoiceThatConflictsWithAnEarlierOwnChoiceSwapsIt() {
        // the customer chose the fixed towbar, then the Sport package (which only takes the retractable one)
        Sessions.Csrf csrf = Sessions.csrfFrom("/configure/AURA?s=TOW_FIXED,ENG_P150", null);
        String location = form(csrf).formParam("own", "TOW_FIXED,ENG_P150").formParam("suggested", "")
                .formParam("market", "DE").formParam("opt_TOWBAR", "TOW_FIXED").formParam("opt_ENGINE", "ENG_P150")
                .formParam("opt_PACKAGES", "PKG_SPORT")
                .redirects().follow(false).post("/configure/AURA").then().statusCode(303).extract().header("Location");
        assertThat(location).contains("PKG_SPORT").contains("TOW_RETRACT").contains("changed=TOW_FIXED~TOW_RETRACT");
        Evaluation after = configurator.evaluate("AURA", ConfiguratorPage.parse(location.replaceAll(".*[?&]s=([^&]*).*", "$1")), "DE");
        assertThat(after.completable()).isTrue();
    }

    @Test
    void limeYellowNamesTheSportPackageRuleAndOnlyTheChoicesThatBlockIt() {
        Evaluation core = configurator.evaluate("AURA", List.of("TRIM_BASE"), "DE");
        Evaluation.OptionState yellow = option(core, "COL_YELLOW_SOLID");
        assertThat(yellow.available()).isFalse();
        assertThat(yellow.blockedBy()).containsExactly("TRIM_BASE");
        assertThat(yellow.rules()).contains("Yellow is reserved for the Sport package",
                "The Sport package is not offered with the Core trim");
        assertThat(yellow.reason()).doesNotContain("Leather").doesNotContain("Engine and gearbox");
        // with nothing chosen, Lime Yellow is open in Germany and not offered elsewhere, for the market rule alone
        assertThat(option(configurator.evaluate("AURA", List.of(), "DE"), "COL_YELLOW_SOLID").available()).isTrue();
        Evaluation.OptionState uk = option(configurator.evaluate("AURA", List.of(), "UK"), "COL_YELLOW_SOLID");
        assertThat(uk.blockedBy()).isEmpty();
        assertThat(uk.rules()).containsExactly("Sunburst yellow is only offered in Germany");
    }

    private static io.restassured.specification.RequestSpecification form(Sessions.Csrf csrf) {
        return given().cookie("csrf-token", csrf.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.token());
    }

    private static String groupOf(String option) {
        return Stream.of("ENG_", "GB_", "TRIM_", "COL_", "INT_", "WHEEL_", "PKG_", "TOW_")
                .filter(option::startsWith).findFirst().map(p -> Map.of("ENG_", "ENGINE", "GB_", "GEARBOX",
                        "TRIM_", "TRIM", "COL_", "COLOUR", "INT_", "INTERIOR", "WHEEL_", "WHEELS", "PKG_", "PACKAGES",
                        "TOW_", "TOWBAR").get(p)).orElseThrow();
    }

    private static String radio(String page, String option) {
        int at = page.indexOf("value=\"" + option + "\"");
        assertThat(at).as(option + " on the page").isPositive();
        return page.substring(page.lastIndexOf("<input", at), page.indexOf(">", at));
    }

    static Evaluation.OptionState option(Evaluation e, String code) {
        return e.groups().stream().flatMap(g -> g.options().stream()).filter(o -> o.code().equals(code))
                .findFirst().orElseThrow();
    }

    /** A small product written for these cases: two optional groups in one table, and a frame three tables narrow. */
    private void frames() {
        List<GroupDocument> groups = List.of(
                group("MOTOR", false, "MOT_X", "MOT_Z"),
                group("BATTERY", false, "BAT_Y", "BAT_W"),
                group("FRAME", true, "FR_1", "FR_2", "FR_3", "FR_4"),
                group("A", false, "OPT_A"), group("B", false, "OPT_B"), group("C", false, "OPT_C"));
        List<VariantTableDocument> tables = List.of(
                table("MOTOR_BATTERY", List.of("MOTOR", "BATTERY"), List.of(List.of("MOT_X", "BAT_Y"),
                        List.of("MOT_Z", "*"), List.of("-", "*"))),
                table("A_FRAME", List.of("A", "FRAME"), List.of(List.of("OPT_A", "FR_3"), List.of("OPT_A", "FR_4"),
                        List.of("-", "*"))),
                table("B_FRAME", List.of("B", "FRAME"), List.of(List.of("OPT_B", "FR_1"), List.of("OPT_B", "FR_2"),
                        List.of("OPT_B", "FR_4"), List.of("-", "*"))),
                table("C_FRAME", List.of("C", "FRAME"), List.of(List.of("OPT_C", "FR_1"), List.of("OPT_C", "FR_2"),
                        List.of("OPT_C", "FR_3"), List.of("-", "*"))));
        catalog.save(TEST_PRODUCT, new ProductDocument(TEST_PRODUCT, "Frame test", "For configurator tests",
                new BigDecimal("1000"), "EUR", List.of("DE"), "DE", groups, tables), null);
    }

    private static GroupDocument group(String code, boolean required, String... options) {
        List<OptionDocument> docs = Stream.of(options)
                .map(o -> new OptionDocument(o, o.toLowerCase(), BigDecimal.TEN, null, null)).toList();
        return new GroupDocument(code, code.toLowerCase(), false, required, required ? 1 : 0, 1, 10, docs);
    }

    private static VariantTableDocument table(String code, List<String> columns, List<List<String>> rows) {
        return new VariantTableDocument(code, code.replace('_', ' ').toLowerCase(), null, columns, rows);
    }
}
