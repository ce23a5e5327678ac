package io.forecourt.account;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How the account pages show codes and build links: {@code {a.status.label}} → "Prospect". */
@TemplateExtension(namespace = "acc")
public final class AccountFormats {

    private AccountFormats() {
    }

    /** "INACTIVE" → "Inactive". */
    public static String label(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The CSV of what the list shows (every page), for the signed-in browser (the API wants Basic). */
    public static String csvLink(String q, String status) {
        return listLink(q, status, 1).replace("/accounts?page=1", "/accounts/export.csv?page=1");
    }

    /** A list link that keeps the search and filter while changing the page. */
    public static String listLink(String q, String status, int page) {
        StringBuilder link = new StringBuilder("/accounts?page=").append(page);
        if (q != null && !q.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (status != null) {
            link.append("&status=").append(status);
        }
        return link.toString();
    }
}
