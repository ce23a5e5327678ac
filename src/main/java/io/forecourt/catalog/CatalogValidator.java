package io.forecourt.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole document and reports every problem with its place, in one pass over groups, options
 * and rows (linear: the biggest known models have 226,000 table rows). Nothing is stored unless this
 * finds nothing.
 */
final class CatalogValidator {

    /** Product codes appear in addresses, so they are kept simpler than the others. */
    static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,63}");
    /** Group, option and table codes; they cannot be "*", "-" or start with "@" (table cells). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+/\\-]{0,99}");
    static final Pattern MARKET = Pattern.compile("[A-Z]{2,3}");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Swatches end up in style attributes: only plain hex colours, nothing that could carry CSS. */
    static final Pattern SWATCH = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
    static final int MAX_NAME = 200;
    /** No price, base or option, reaches a billion; more is a typo (or cents typed as units). */
    static final java.math.BigDecimal MAX_PRICE = new java.math.BigDecimal("100000000");

    private CatalogValidator() {
    }

    static ValidationErrors validate(ProductDocument doc) {
        ValidationErrors errors = new ValidationErrors();
        validate(doc, VariantTableValidator.DOCUMENT_ROWS, errors);
        return errors;
    }

    static void validate(ProductDocument doc, VariantTableValidator.RowLocator rows, ValidationErrors errors) {
        product(doc, errors);
        Map<String, GroupDocument> groups = new HashMap<>();
        Map<String, String> groupOfOption = new HashMap<>();
        for (int i = 0; i < doc.groups().size(); i++) {
            group(doc.groups().get(i), i, groups, groupOfOption, errors);
        }
        new VariantTableValidator(doc, groups, groupOfOption, rows, errors).validateAll();
        PriceListValidator.validate(doc, groupOfOption, errors);
    }

    private static void product(ProductDocument doc, ValidationErrors errors) {
        String at = CatalogError.PRODUCT;
        if (blank(doc.code())) {
            errors.add(at, "The product code is missing");
        } else if (!PRODUCT_CODE.matcher(doc.code()).matches()) {
            errors.add(at, "The product code \"" + doc.code()
                    + "\" may only hold letters, digits, _ . - (at most 64, not starting with . or -)");
        }
        name(doc.name(), at, "The product", errors);
        if (doc.basePrice() == null) {
            errors.add(at, "The base price is missing", "/basePrice");
        } else {
            amount(doc.basePrice(), "The base price", at, "/basePrice", errors);
        }
        if (doc.currency() == null || !CURRENCY.matcher(doc.currency()).matches()) {
            errors.add(at, "The currency must be a three-letter code such as EUR (it is " + quoted(doc.currency()) + ")",
                    "/currency");
        }
        Set<String> markets = new HashSet<>();
        if (doc.markets().isEmpty()) {
            errors.add(at, "At least one market is needed");
        }
        for (String market : doc.markets()) {
            if (market == null || !MARKET.matcher(market).matches()) {
                errors.add(at, "Market " + quoted(market) + " is not a market code such as DE");
            } else if (!markets.add(market)) {
                errors.add(at, "Market " + market + " is listed twice");
            }
        }
        if (blank(doc.defaultMarket())) {
            errors.add(at, "The default market is missing");
        } else if (!markets.isEmpty() && !markets.contains(doc.defaultMarket())) {
            errors.add(at, "The default market " + doc.defaultMarket() + " is not one of the markets "
                    + String.join(", ", markets.stream().sorted().toList()));
        }
        if (doc.groups().isEmpty()) {
            errors.add(at, "A product needs at least one option group");
        }
    }

    /** A price: not negative, at most two decimals, below {@link #MAX_PRICE}. */
    static void amount(java.math.BigDecimal value, String what, String at, String pointer, ValidationErrors errors) {
        String is = " (it is " + value.toPlainString() + ")";
        if (value.signum() < 0) {
            errors.add(at, what + " must not be negative" + is, pointer);
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(at, what + " has more than two decimals" + is, pointer);
        } else if (value.compareTo(MAX_PRICE) >= 0) {
            errors.add(at, what + " must be below " + MAX_PRICE.toPlainString() + is, pointer);
        }
    }

    private static void group(GroupDocument g, int index, Map<String, GroupDocument> groups,
                              Map<String, String> groupOfOption, ValidationErrors errors) {
        if (g == null) {
            errors.add("group #" + (index + 1), "The group is empty (null)");
            return;
        }
        String at = code(g.code(), "group", index, errors);
        if (g.code() != null && groups.putIfAbsent(g.code(), g) != null) {
            errors.add(at, "Group code " + g.code() + " is used by an earlier group too");
        }
        name(g.name(), at, "The group", errors);
        cardinality(g, at, errors);
        if (g.options().isEmpty()) {
            errors.add(at, "The group has no options");
        }
        if (g.order() < 0) {
            errors.add(at, "order must not be negative (it is " + g.order() + ")", "/groups/" + index + "/order");
        }
        for (int j = 0; j < g.options().size(); j++) {
            option(g, g.options().get(j), at, "/groups/" + index + "/options/" + j, j, groupOfOption, errors);
        }
    }

    private static void cardinality(GroupDocument g, String at, ValidationErrors errors) {
        String has = " (it has min " + g.min() + ", max " + g.max() + ")";
        if (!g.multiple()) {
            if (g.required() && (g.min() != 1 || g.max() != 1)) {
                errors.add(at, "A required single-choice group has min 1 and max 1" + has);
            } else if (!g.required() && (g.min() != 0 || g.max() != 1)) {
                errors.add(at, "An optional single-choice group has min 0 and max 1" + has);
            }
            return;
        }
        if (g.min() < 0) {
            errors.add(at, "min must not be negative" + has);
        } else if (g.min() > g.max()) {
            errors.add(at, "min is greater than max" + has);
        } else if (g.max() < 1) {
            errors.add(at, "max must be at least 1" + has);
        } else if (g.max() > g.options().size()) {
            errors.add(at, "max is more than the " + g.options().size() + " options of the group" + has);
        }
        if (g.required() && g.min() < 1) {
            errors.add(at, "A required multiple-choice group needs min 1 or more" + has);
        } else if (!g.required() && g.min() > 0) {
            errors.add(at, "min " + g.min() + " makes the group required; set \"required\" to true");
        }
    }

    private static void option(GroupDocument g, OptionDocument o, String groupAt, String pointer, int index,
                               Map<String, String> groupOfOption, ValidationErrors errors) {
        if (o == null) {
            errors.add(groupAt + " / option #" + (index + 1), "The option is empty (null)");
            return;
        }
        String at = groupAt + " / " + code(o.code(), "option", index, errors);
        if (o.code() != null) {
            String earlier = groupOfOption.putIfAbsent(o.code(), g.code() == null ? "?" : g.code());
            if (earlier != null) {
                errors.add(at, "Option code " + o.code() + " is already used in group " + earlier);
            }
        }
        name(o.name(), at, "The option", errors);
        if (o.price() == null) {
            errors.add(at, "The price is missing (use 0 for no extra cost)", pointer + "/price");
        } else {
            amount(o.price(), "The price", at, pointer + "/price", errors);
        }
        if (o.swatch() != null && !SWATCH.matcher(o.swatch()).matches()) {
            errors.add(at, "The swatch must be a hex colour such as #1f3a5f (it is " + quoted(o.swatch()) + ")");
        }
    }

    /** Checks a code and returns where the thing is, named by its code when it has a usable one. */
    static String code(String code, String kind, int index, ValidationErrors errors) {
        if (blank(code)) {
            String at = kind + " #" + (index + 1);
            errors.add(at, "The " + kind + " code is missing");
            return at;
        }
        String at = kind + " " + code;
        if (!CODE.matcher(code).matches()) {
            errors.add(at, "The " + kind + " code " + quoted(code)
                    + " may only hold letters, digits, _ . + / - (at most 100, starting with a letter, digit or _)");
        }
        return at;
    }

    private static void name(String name, String at, String what, ValidationErrors errors) {
        if (blank(name)) {
            errors.add(at, what + " name is missing");
        } else if (name.length() > MAX_NAME) {
            errors.add(at, what + " name is longer than " + MAX_NAME + " characters");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String quoted(String s) {
        return s == null ? "missing" : "\"" + s + "\"";
    }
}
