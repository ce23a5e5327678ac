package io.forecourt.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading an import file and writing an export: RFC 4180 quoting, header names in any order. */
final class LeadCsv {

    static final List<String> COLUMNS = List.of("name", "email", "phone", "city", "company");
    static final int MAX_ROWS = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private LeadCsv() {
    }

    /** One data row; {@code row} is its line in the file, the header being row 1. */
    record Row(int row, String name, String email, String phone, String city, String company) {
    }

    record Parsed(List<Row> rows, List<LeadActions.RowError> errors) {
    }

    /** Checks every row before anything is imported: the errors name each bad row. */
    static Parsed read(String text) {
        List<List<String>> lines = split(text == null ? "" : text);
        List<LeadActions.RowError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new LeadActions.RowError(1, null, "the file is empty; the first row names the columns"));
            return new Parsed(List.of(), errors);
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        if (!at.containsKey("name")) {
            errors.add(new LeadActions.RowError(1, "name", "the header has no 'name' column"));
            return new Parsed(List.of(), errors);
        }
        if (lines.size() - 1 > MAX_ROWS) {
            errors.add(new LeadActions.RowError(1, null, "at most " + MAX_ROWS + " rows per file"));
            return new Parsed(List.of(), errors);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> cells = lines.get(n);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = n + 1;
            Row r = new Row(row, cell(cells, at, "name"), cell(cells, at, "email"), cell(cells, at, "phone"),
                    cell(cells, at, "city"), cell(cells, at, "company"));
            check(r, errors);
            rows.add(r);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LeadActions.RowError(2, null, "the file has no rows below the header"));
        }
        return new Parsed(rows, errors);
    }

    private static void check(Row r, List<LeadActions.RowError> errors) {
        String[][] cells = {{"name", r.name()}, {"email", r.email()}, {"phone", r.phone()}, {"city", r.city()},
                {"company", r.company()}};
        for (String[] cell : cells) {
            if (cell[1] != null && cell[1].indexOf('\0') >= 0) {
                // PostgreSQL cannot store it: said per row, before anything is imported
                errors.add(new LeadActions.RowError(r.row(), cell[0], "contains the NUL character (U+0000)"));
                return;
            }
        }
        if (r.name() == null) {
            errors.add(new LeadActions.RowError(r.row(), "name", "is missing"));
        } else if (r.name().length() > 200) {
            errors.add(new LeadActions.RowError(r.row(), "name", "is longer than 200 characters"));
        }
        if (r.email() != null && (r.email().length() > 200 || !EMAIL.matcher(r.email()).matches())) {
            errors.add(new LeadActions.RowError(r.row(), "email", "is not a valid email address"));
        }
        if (r.phone() != null && (r.phone().length() > 40 || !r.phone().matches("[0-9+().\\-/ ]+"))) {
            errors.add(new LeadActions.RowError(r.row(), "phone", "is not a phone number"));
        }
        if (r.city() != null && r.city().length() > 120) {
            errors.add(new LeadActions.RowError(r.row(), "city", "is longer than 120 characters"));
        }
        if (r.company() != null && r.company().length() > 200) {
            errors.add(new LeadActions.RowError(r.row(), "company", "is longer than 200 characters"));
        }
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** Lines of cells; quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> split(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }

    static final String HEADER = "id,name,company,email,phone,city,source,status,owner,duplicate_of,merged_into,created_at";

    static String write(List<LeadView> leads) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (LeadView l : leads) {
            Object[] cells = {l.id(), l.name(), l.company(), l.email(), l.phone(), l.city(), l.source(), l.status(),
                    l.owner(), l.duplicateOf(), l.mergedInto(), l.createdAt()};
            for (int i = 0; i < cells.length; i++) {
                sb.append(i == 0 ? "" : ",").append(out(cells[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** Quotes when needed, and defuses cells a spreadsheet would run as a formula. */
    static String out(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
