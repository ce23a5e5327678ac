package io.forecourt.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A variant table as CSV (RFC 4180), for editing in a spreadsheet: the header names the columns, then
 * one allowed combination per line. Reading accepts what spreadsheets write: a UTF-8 byte order mark,
 * ";" instead of "," (detected from the header), CRLF or LF, quoted cells, blank lines, stray spaces,
 * and the columns in any order.
 */
final class VariantTableCsv {

    /** The rows in the table's column order, and the line of the file each came from. */
    record Parsed(List<List<String>> rows, int[] lines) {
    }

    private record Line(int number, List<String> cells) {
    }

    private VariantTableCsv() {
    }

    static String write(VariantTableDocument table) {
        StringBuilder out = new StringBuilder(64 + table.rows().size() * 32);
        line(out, table.columns());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    static Parsed read(VariantTableDocument table, String text) {
        String where = "table " + table.code() + " / line ";
        List<Line> lines = lines(text, where);
        if (lines.isEmpty()) {
            throw invalid(where + 1, "The file is empty; its first line must name the columns "
                    + String.join(", ", table.columns()));
        }
        Line header = lines.get(0);
        int[] source = new int[table.columns().size()];
        List<String> named = header.cells();
        boolean same = named.size() == source.length;
        for (int c = 0; same && c < source.length; c++) {
            source[c] = named.indexOf(table.columns().get(c));
            same = source[c] >= 0;
        }
        if (!same || named.stream().distinct().count() != named.size()) {
            throw invalid(where + header.number(), "The first line must name the columns "
                    + String.join(", ", table.columns()) + " (in any order), not " + String.join(", ", named));
        }
        List<List<String>> rows = new ArrayList<>(lines.size() - 1);
        int[] numbers = new int[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i).cells();
            numbers[i - 1] = lines.get(i).number();
            // a row of the wrong length is kept as it is, for the validator to name its line
            if (cells.size() == source.length) {
                String[] ordered = new String[source.length];
                Arrays.setAll(ordered, c -> cells.get(source[c]));
                rows.add(Arrays.asList(ordered));
            } else {
                rows.add(cells);
            }
        }
        return new Parsed(rows, numbers);
    }

    private static List<Line> lines(String text, String where) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = s.indexOf('\n');
        String first = firstBreak < 0 ? s : s.substring(0, firstBreak);
        char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';

        List<Line> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inQuotes) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    inQuotes = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                inQuotes = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (ch == delimiter) {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                add(out, start, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = ++line;
            } else {
                cell.append(ch);
            }
        }
        if (inQuotes) {
            throw invalid(where + start, "A quoted cell is not closed");
        }
        cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
        add(out, start, cells);
        return out;
    }

    /** Blank lines (one empty, unquoted cell) are skipped, as spreadsheets leave them at the end. */
    private static void add(List<Line> out, int number, List<String> cells) {
        if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
            out.add(new Line(number, cells));
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip())) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    private static InvalidProductException invalid(String where, String message) {
        return new InvalidProductException(List.of(new CatalogError(where, message)));
    }
}
