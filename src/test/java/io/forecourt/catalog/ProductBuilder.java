package io.forecourt.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small, valid car models for tests, to be spoilt one property at a time. Each starts with ENGINE,
 * GEARBOX (required), COLOUR (with swatches), TOWBAR (optional), PACKAGES (0..2) and an
 * ENGINE_GEARBOX table with a market column.
 */
final class ProductBuilder {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private String code;
    private String name;
    private BigDecimal basePrice = new BigDecimal("19990.00");
    private String currency = "EUR";
    private List<String> markets = List.of("DE", "FR", "UK");
    private String defaultMarket = "DE";
    private final List<GroupDocument> groups = new ArrayList<>();
    private final List<VariantTableDocument> tables = new ArrayList<>();

    static ProductBuilder car(String code) {
        ProductBuilder b = new ProductBuilder();
        b.code = code;
        b.name = "Test car " + code;
        b.groups.add(single("ENGINE", true, 10, option("ENG_P100", "0"), option("ENG_D120", "1500")));
        b.groups.add(single("GEARBOX", true, 20, option("GB_MAN6", "0"), option("GB_AUTO7", "1900")));
        b.groups.add(single("COLOUR", true, 30, new OptionDocument("COL_WHITE", "White", BigDecimal.ZERO, null, "#ffffff"),
                new OptionDocument("COL_BLUE", "Blue metallic", new BigDecimal("690"), null, "#1f3a5f")));
        b.groups.add(single("TOWBAR", false, 40, option("TOW_FIXED", "650")));
        b.groups.add(new GroupDocument("PACKAGES", "Packages", true, false, 0, 2, 50,
                List.of(option("PKG_WINTER", "490"), option("PKG_TECH", "1200"), option("PKG_PARKING", "600"))));
        b.table("ENGINE_GEARBOX", List.of("ENGINE", "GEARBOX", "@market"),
                List.of("ENG_P100", "GB_MAN6", "*"), List.of("ENG_P100", "GB_AUTO7", "*"), List.of("ENG_D120", "GB_AUTO7", "DE"));
        return b;
    }

    static GroupDocument single(String code, boolean required, int order, OptionDocument... options) {
        return new GroupDocument(code, code.charAt(0) + code.substring(1).toLowerCase(), false, required,
                required ? 1 : 0, 1, order, List.of(options));
    }

    static OptionDocument option(String code, String price) {
        return new OptionDocument(code, "Option " + code, new BigDecimal(price), null, null);
    }

    ProductBuilder name(String value) {
        name = value;
        return this;
    }

    ProductBuilder basePrice(String value) {
        basePrice = new BigDecimal(value);
        return this;
    }

    ProductBuilder currency(String value) {
        currency = value;
        return this;
    }

    ProductBuilder defaultMarket(String value) {
        defaultMarket = value;
        return this;
    }

    ProductBuilder group(GroupDocument group) {
        groups.add(group);
        return this;
    }

    /** Replaces the group with the same code. */
    ProductBuilder replaceGroup(GroupDocument group) {
        groups.replaceAll(g -> g.code().equals(group.code()) ? group : g);
        return this;
    }

    @SafeVarargs
    final ProductBuilder table(String tableCode, List<String> columns, List<String>... rows) {
        tables.removeIf(t -> t.code().equals(tableCode));
        tables.add(new VariantTableDocument(tableCode, "Table " + tableCode, null, columns, Arrays.asList(rows)));
        return this;
    }

    ProductDocument build() {
        return new ProductDocument(code, name, "A car for tests", basePrice, currency, markets, defaultMarket,
                groups, tables);
    }

    String json() {
        try {
            return MAPPER.writeValueAsString(build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
