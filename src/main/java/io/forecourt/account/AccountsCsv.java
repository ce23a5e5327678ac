package io.forecourt.account;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes accounts as RFC 4180 CSV, one header row. */
final class AccountsCsv {

    static final String HEADER = "id,name,kind,status,street,postal_code,city,country,latitude,longitude,phone,email,owner,territory";

    private AccountsCsv() {
    }

    static String write(List<AccountView> accounts) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AccountView a : accounts) {
            out.append(Stream.of(a.id(), a.name(), a.kind(), a.status(), a.street(), a.postalCode(), a.city(),
                            a.country(), a.latitude(), a.longitude(), a.phone(), a.email(), a.owner(), a.territory())
                    .map(AccountsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // a spreadsheet would run a cell starting with = or @ as a formula
        if (s.startsWith("=") || s.startsWith("@")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
