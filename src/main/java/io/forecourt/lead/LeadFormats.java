package io.forecourt.lead;

import io.quarkus.qute.TemplateExtension;

/** Names people read for lead codes: {@code {lead:source(l.source)}} → "Web configurator". */
@TemplateExtension(namespace = "lead")
public class LeadFormats {

    public static String source(Object code) {
        if (code == null) {
            return "";
        }
        return switch (code.toString()) {
            case "WEB_CONFIGURATOR" -> "Web configurator";
            case "REP" -> "Entered by a rep";
            case "IMPORT" -> "CSV import";
            default -> code.toString().charAt(0) + code.toString().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
