package io.forecourt.catalog;

import java.math.BigDecimal;

/**
 * One choice in a group. Option codes are unique across the whole product, so rules can name them
 * without their group.
 *
 * @param price  added to the base price; may be negative (a credit for leaving something out)
 * @param swatch a CSS hex colour such as "#1f3a5f" for paints and trims, otherwise null
 */
public record OptionDocument(String code, String name, BigDecimal price, String description, String swatch) {
}
