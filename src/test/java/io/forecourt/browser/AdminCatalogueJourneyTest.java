package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin finds the product catalogue from the admin home and reads the car models in it. */
@QuarkusTest
class AdminCatalogueJourneyTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {PHONE, LAPTOP})
    void adminViewsTheCatalogue(int width) {
        at(width);
        signInAs("admin1");
        open("/admin");
        click("main a[href='/admin/catalog']");
        assertThat(text("h1")).isEqualTo("Product catalogue");
        assertThat(text("main table")).contains("AURA").contains("TERRA").contains("VOLTA");
        assertThat(all("form[action='/admin/catalog'] input[type=file]")).hasSize(1);
    }
}
