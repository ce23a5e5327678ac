package io.forecourt.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One car model as the catalogue stores and exchanges it: the contract the configurator, the rules
 * and the admin import share. Instances are immutable; a stored product is always valid (see
 * {@link CatalogService#find(String)}), an imported one is checked before it is stored.
 *
 * @param markets        market codes such as "DE"; variant tables may restrict rows to some of them
 * @param defaultMarket  one of {@code markets}
 * @param groups         option groups, in document order (each has an {@code order} for display)
 * @param tables         variant tables: allowed combinations of single-choice groups and markets
 * @param priceLists     a market's own currency and prices (none: every market pays {@code currency})
 */
public record ProductDocument(String code, String name, String description, BigDecimal basePrice,
                              String currency, List<String> markets, String defaultMarket,
                              List<GroupDocument> groups, List<VariantTableDocument> tables,
                              List<PriceListDocument> priceLists) {

    public ProductDocument {
        markets = Frozen.list(markets);
        groups = Frozen.list(groups);
        tables = Frozen.list(tables);
        priceLists = Frozen.list(priceLists);
    }

    /** A document without market price lists: every market pays the product's currency. */
    public ProductDocument(String code, String name, String description, BigDecimal basePrice, String currency,
                           List<String> markets, String defaultMarket, List<GroupDocument> groups,
                           List<VariantTableDocument> tables) {
        this(code, name, description, basePrice, currency, markets, defaultMarket, groups, tables, List.of());
    }

    /** The currency and prices in {@code market}. */
    public MarketPrices pricesIn(String market) {
        return new MarketPrices(this, priceLists.stream().filter(l -> l != null && java.util.Objects.equals(l.market(), market))
                .findFirst().orElse(null));
    }

    /** The currency customers in {@code market} pay in. */
    public String currencyIn(String market) {
        return pricesIn(market).currency();
    }

    public Optional<GroupDocument> group(String groupCode) {
        return groups.stream().filter(g -> g != null && groupCode.equals(g.code())).findFirst();
    }

    public Optional<VariantTableDocument> table(String tableCode) {
        return tables.stream().filter(t -> t != null && tableCode.equals(t.code())).findFirst();
    }

    /** The group holding an option code (codes are unique across a product's groups). */
    public Optional<GroupDocument> groupOf(String optionCode) {
        return groups.stream().filter(g -> g != null && g.option(optionCode).isPresent()).findFirst();
    }

    public int optionCount() {
        return groups.stream().mapToInt(g -> g == null ? 0 : g.options().size()).sum();
    }

    public int rowCount() {
        return tables.stream().mapToInt(t -> t == null ? 0 : t.rows().size()).sum();
    }

    /** A copy with the table of the same code replaced. */
    public ProductDocument withTable(VariantTableDocument replacement) {
        List<VariantTableDocument> next = tables.stream()
                .map(t -> t != null && t.code().equals(replacement.code()) ? replacement : t).toList();
        return new ProductDocument(code, name, description, basePrice, currency, markets, defaultMarket,
                groups, next, priceLists);
    }
}
