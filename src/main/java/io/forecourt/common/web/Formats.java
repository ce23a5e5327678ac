package io.forecourt.common.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How pages show amounts: {@code {price.money}} → "28,900", {@code {price.plusMoney}} → "+ 1,200". */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    public static String money(BigDecimal value) {
        if (value == null) {
            return "";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(value.setScale(whole ? 0 : 2, RoundingMode.HALF_UP));
    }

    /** A list as the comma-separated value a form field carries. */
    public static String joined(java.util.List<String> values) {
        return String.join(",", values);
    }

    public static String plusMoney(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "included";
        }
        return (value.signum() > 0 ? "+ " : "− ") + money(value.abs());
    }

    /** {@code {text.urlEncoded}}: for query strings and mailto: links (spaces as %20, as mail programs expect). */
    public static String urlEncoded(String text) {
        return text == null ? "" : java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
