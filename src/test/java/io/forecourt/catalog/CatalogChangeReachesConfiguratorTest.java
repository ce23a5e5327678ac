package io.forecourt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.configurator.evaluation.Evaluation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

/** The configurator remembers recent answers; an admin's change must still show at the next click. */
@QuarkusTest
class CatalogChangeReachesConfiguratorTest {

    @Inject
    CatalogService catalog;

    @Inject
    ConfiguratorService configurator;

    @Test
    void aNewPriceAndANewTableRowShowAtTheNextClick() {
        ProductBuilder car = ProductBuilder.car("MEMO");
        catalog.save("MEMO", car.build(), null);
        List<String> click = List.of("ENG_D120", "GB_MAN6");
        Evaluation before = configurator.evaluate("MEMO", click, null);
        assertThat(configurator.evaluate("MEMO", click, null)).isEqualTo(before);
        assertThat(before.valid()).as("diesel with the manual gearbox is not in the table yet").isFalse();

        long version = catalog.entry("MEMO").orElseThrow().version();
        car.basePrice("25990.00").table("ENGINE_GEARBOX", List.of("ENGINE", "GEARBOX", "@market"),
                List.of("ENG_P100", "GB_MAN6", "*"), List.of("ENG_D120", "GB_MAN6", "*"));
        catalog.save("MEMO", car.build(), version);

        Evaluation after = configurator.evaluate("MEMO", click, null);
        assertThat(after.price().base()).isEqualByComparingTo(new BigDecimal("25990.00"));
        assertThat(after.valid()).isTrue();
    }
}
