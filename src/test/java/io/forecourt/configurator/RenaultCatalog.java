package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.engine.RenaultData;
import io.forecourt.configurator.engine.XcspReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Renault's BR4CP models as a Forecourt catalogue product: each XCSP variable a one-choice group
 * (optional when its domain has the joker -1), each value an option "VAR_value", each table a
 * variant table ("-" where the file has -1). Test code: the real catalogue is maintained by admins.
 */
final class RenaultCatalog {

    private RenaultCatalog() {
    }

    static String code(String name) {
        return "RENAULT_" + name.toUpperCase();
    }

    static String option(String variable, String value) {
        return variable + "_" + value;
    }

    static ProductDocument product(String name) {
        XcspReader.Instance x;
        try {
            x = XcspReader.read(RenaultData.dir().resolve(name + "_domainsorted.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GroupDocument> groups = new ArrayList<>();
        int order = 0;
        for (Map.Entry<String, String[]> v : x.domains().entrySet()) {
            boolean optional = Arrays.asList(v.getValue()).contains("-1");
            List<OptionDocument> options = Arrays.stream(v.getValue()).filter(val -> !val.equals("-1"))
                    .map(val -> new OptionDocument(option(v.getKey(), val), v.getKey() + " = " + val, BigDecimal.ZERO,
                            null, null))
                    .toList();
            groups.add(new GroupDocument(v.getKey(), v.getKey(), false, !optional, optional ? 0 : 1, 1, order += 10,
                    options));
        }
        List<VariantTableDocument> tables = new ArrayList<>();
        for (XcspReader.RawTable t : x.tables()) {
            List<List<String>> rows = new ArrayList<>(t.tuples().size());
            for (String[] tuple : t.tuples()) {
                List<String> row = new ArrayList<>(tuple.length);
                for (int i = 0; i < tuple.length; i++) {
                    row.add(tuple[i].equals("-1") ? VariantTableDocument.NONE : option(t.scope().get(i), tuple[i]));
                }
                rows.add(row);
            }
            tables.add(new VariantTableDocument(t.name(), "Renault table " + t.name(), null, t.scope(), rows));
        }
        return new ProductDocument(code(name), "Renault (" + name + ")", "Renault BR4CP " + name + " vehicle range",
                new BigDecimal("20000"), "EUR", List.of("FR"), "FR", groups, tables);
    }

    /** The sold configurations as option codes ({@code -1} cells left unchosen). */
    static List<List<String>> sales(String name) {
        try {
            List<String> lines = Files.readAllLines(RenaultData.dir().resolve("config_" + name + "_filtered.txt"));
            String[] header = lines.get(0).trim().split("\\s+");
            List<List<String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                List<String> sel = new ArrayList<>();
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].equals("-1")) {
                        sel.add(option(header[i], cells[i]));
                    }
                }
                out.add(sel);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir() {
        return RenaultData.dir();
    }
}
