package io.forecourt.configurator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer who only ever picks available options always ends with a valid, complete car:
 * random walks through every demo model and market.
 */
@QuarkusTest
class NoDeadEndsTest {

    @Test
    void randomCustomersAlwaysReachAValidCompleteCar() {
        Random random = new Random(42);
        for (String product : List.of("AURA", "TERRA", "VOLTA", "PULSE")) {
            for (String market : List.of("DE", "FR", "UK")) {
                for (int walk = 0; walk < 4; walk++) {
                    walk(product, market, random);
                }
            }
        }
    }

    /**
     * A choice may leave a requirement open ("Premium comes with the Parking package"): the customer
     * takes the offered one-click fix, which must exist and resolve it.
     */
    private static JsonPath repaired(String product, String market, List<String> selections, JsonPath e) {
        for (int fix = 0; fix < 5 && !e.getList("violations").isEmpty(); fix++) {
            List<String> next = e.getList("repairs[0].selections", String.class);
            assertThat(next).as("a repair for %s in %s %s %s", e.getList("violations.rule"), product, market, selections)
                    .isNotNull();
            selections.clear();
            selections.addAll(next);
            e = ConfiguratorApiTest.evaluate(product, selections, market);
        }
        assertThat(e.getList("violations")).as("%s %s after %s", product, market, selections).isEmpty();
        return e;
    }

    private static void walk(String product, String market, Random random) {
        List<String> selections = new ArrayList<>();
        List<String> multiple = given().get("/api/products/" + product).then().statusCode(200).extract()
                .jsonPath().getList("groups.findAll { it.multiple }.code", String.class);
        JsonPath e = ConfiguratorApiTest.evaluate(product, selections, market);
        for (int step = 0; step < 40 && !(e.getBoolean("complete") && random.nextInt(3) == 0); step++) {
            List<Map<String, Object>> groups = e.getList("groups");
            Map<String, Object> group = groups.get(random.nextInt(groups.size()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> candidates = ((List<Map<String, Object>>) group.get("options")).stream()
                    .filter(o -> Boolean.TRUE.equals(o.get("available")) && !Boolean.TRUE.equals(o.get("selected")))
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            String pick = (String) candidates.get(random.nextInt(candidates.size())).get("code");
            if (!multiple.contains((String) group.get("code"))) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> options = (List<Map<String, Object>>) group.get("options");
                options.forEach(o -> selections.remove((String) o.get("code")));
            }
            selections.add(pick);
            e = ConfiguratorApiTest.evaluate(product, selections, market);
            e = repaired(product, market, selections, e);
        }
        // finish: in every unsatisfied group take the first available option
        for (int guard = 0; guard < 12 && !e.getBoolean("complete"); guard++) {
            List<Map<String, Object>> groups = e.getList("groups.findAll { !it.satisfied }");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) groups.get(0).get("options");
            String pick = options.stream().filter(o -> Boolean.TRUE.equals(o.get("available"))
                    && !Boolean.TRUE.equals(o.get("selected"))).map(o -> (String) o.get("code")).findFirst()
                    .orElseThrow(() -> new AssertionError("dead end in " + product + " " + market + ": " + selections));
            selections.add(pick);
            e = repaired(product, market, selections, ConfiguratorApiTest.evaluate(product, selections, market));
        }
        assertThat(e.getBoolean("valid")).as("%s %s %s", product, market, selections).isTrue();
        assertThat(e.getBoolean("complete")).as("%s %s %s", product, market, selections).isTrue();
    }
}
