package io.forecourt.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks the market price lists: a listed market, a currency, a rate above 0, prices of real options. */
final class PriceListValidator {

    static final BigDecimal MAX_RATE = new BigDecimal("100000");

    private PriceListValidator() {
    }

    static void validate(ProductDocument doc, Map<String, String> groupOfOption, ValidationErrors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < doc.priceLists().size(); i++) {
            PriceListDocument list = doc.priceLists().get(i);
            String pointer = "/priceLists/" + i;
            if (list == null) {
                errors.add("price list #" + (i + 1), "The price list is empty (null)", pointer);
                continue;
            }
            String at = "price list " + (list.market() == null ? "#" + (i + 1) : list.market());
            if (list.market() == null || !doc.markets().contains(list.market())) {
                errors.add(at, "Market " + CatalogValidator.quoted(list.market()) + " is not one of the markets "
                        + String.join(", ", doc.markets()), pointer + "/market");
            } else if (!seen.add(list.market())) {
                errors.add(at, "Market " + list.market() + " has a price list already", pointer + "/market");
            }
            if (list.currency() == null || !CatalogValidator.CURRENCY.matcher(list.currency()).matches()) {
                errors.add(at, "The currency must be a three-letter code such as GBP (it is "
                        + CatalogValidator.quoted(list.currency()) + ")", pointer + "/currency");
            }
            if (list.rate() == null) {
                errors.add(at, "The rate is missing (units of " + CatalogValidator.quoted(list.currency()) + " per "
                        + doc.currency() + ")", pointer + "/rate");
            } else if (list.rate().signum() <= 0 || list.rate().compareTo(MAX_RATE) > 0) {
                errors.add(at, "The rate must be above 0 and at most " + MAX_RATE.toPlainString() + " (it is "
                        + list.rate().toPlainString() + ")", pointer + "/rate");
            }
            if (list.basePrice() != null) {
                CatalogValidator.amount(list.basePrice(), "The base price", at, pointer + "/basePrice", errors);
            }
            list.prices().forEach((code, price) -> {
                String p = pointer + "/prices/" + code.replace("~", "~0").replace("/", "~1");
                if (!groupOfOption.containsKey(code)) {
                    errors.add(at, "Option " + CatalogValidator.quoted(code) + " is not an option of the product", p);
                }
                if (price == null) {
                    errors.add(at, "The price of " + code + " is missing", p);
                } else {
                    CatalogValidator.amount(price, "The price of " + code, at, p, errors);
                }
            });
        }
    }
}
