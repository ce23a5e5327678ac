package io.forecourt.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.forecourt.catalog.ProductBuilder.car;
import static io.forecourt.catalog.ProductBuilder.option;
import static io.forecourt.catalog.ProductBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a valid document, one at a time, without the application around them. */
class CatalogValidatorTest {

    private static List<CatalogError> errorsOf(ProductDocument doc) {
        return CatalogValidator.validate(doc).list();
    }

    @Test
    void builderProductIsValid() {
        assertThat(errorsOf(car("T_OK").build())).isEmpty();
    }

    @Test
    void singleChoiceGroupsTakeOneOptionOrNone() {
        GroupDocument wrong = new GroupDocument("TOWBAR", "Towbar", false, false, 0, 2, 40, List.of(option("TOW_FIXED", "0")));
        GroupDocument alsoWrong = new GroupDocument("GEARBOX", "Gearbox", false, true, 0, 1, 20,
                List.of(option("GB_MAN6", "0"), option("GB_AUTO7", "0")));
        assertThat(errorsOf(car("T").replaceGroup(wrong).replaceGroup(alsoWrong).build())).containsExactly(
                new CatalogError("group GEARBOX", "A required single-choice group has min 1 and max 1 (it has min 0, max 1)"),
                new CatalogError("group TOWBAR", "An optional single-choice group has min 0 and max 1 (it has min 0, max 2)"));
    }

    @Test
    void multipleChoiceGroupsCannotAskForMoreThanTheyOffer() {
        GroupDocument packages = new GroupDocument("PACKAGES", "Packages", true, false, 0, 5, 50,
                List.of(option("PKG_WINTER", "0"), option("PKG_TECH", "0")));
        assertThat(errorsOf(car("T").replaceGroup(packages).build())).containsExactly(
                new CatalogError("group PACKAGES", "max is more than the 2 options of the group (it has min 0, max 5)"));
    }

    @Test
    void swatchesAreHexColoursOnly() {
        GroupDocument colour = single("COLOUR", true, 30,
                new OptionDocument("COL_RED", "Red", java.math.BigDecimal.ZERO, null, "red;background:url(x)"));
        assertThat(errorsOf(car("T").replaceGroup(colour).build())).extracting(CatalogError::where)
                .containsExactly("group COLOUR / option COL_RED");
    }

    @Test
    void productNeedsGroupsAndKnownMarkets() {
        ProductDocument empty = new ProductDocument("T", "Empty", null, java.math.BigDecimal.ONE, "EUR", List.of(),
                "DE", List.of(), List.of());
        assertThat(errorsOf(empty)).extracting(CatalogError::message).containsExactly(
                "At least one market is needed", "A product needs at least one option group");
    }

    @Test
    void tableColumnsAreSingleChoiceGroupsOrTheMarket() {
        ProductDocument doc = car("T").table("ODD", List.of("ENGINE", "PACKAGES", "SEATS", "ENGINE"),
                List.of("ENG_P100", "PKG_TECH", "X", "ENG_P100")).build();
        assertThat(errorsOf(doc)).extracting(CatalogError::message).containsExactly(
                "Column PACKAGES is a multiple-choice group; tables combine single-choice groups",
                "Column SEATS is neither a group of this product nor @market",
                "Column ENGINE is listed twice");
    }

    @Test
    void optionalGroupsMayBeLeftEmptyInATableButTablesNeedRows() {
        ProductDocument doc = car("T").table("TOW", List.of("ENGINE", "TOWBAR"), List.of("ENG_P100", "-"), List.of("*", "TOW_FIXED"))
                .table("EMPTY", List.of("ENGINE")).build();
        assertThat(errorsOf(doc)).containsExactly(
                new CatalogError("table EMPTY", "The table has no rows, so it allows no configuration at all"));
    }

    @Test
    void manyErrorsAreCountedButOnlyTheFirstAreListed() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(List.of("ENG_NONE", "GB_MAN6", "*"));
        }
        ProductDocument doc = car("T").build();
        ProductDocument broken = doc.withTable(doc.table("ENGINE_GEARBOX").orElseThrow().withRows(rows));
        assertThatThrownBy(() -> CatalogValidator.validate(broken).throwIfAny())
                .isInstanceOfSatisfying(InvalidProductException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("The document has 1000 errors; nothing was changed");
                    assertThat(e.errors()).hasSize(ValidationErrors.LIMIT + 1);
                    assertThat(e.errors().get(ValidationErrors.LIMIT).message()).isEqualTo("… and 800 more errors not listed");
                });
    }
}
