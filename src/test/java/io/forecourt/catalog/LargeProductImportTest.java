package io.forecourt.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A synthetic model as big as the largest known one (Renault "big": 268 groups, 332 tables, 226,000
 * rows) goes through the whole import. Timings are logged, not asserted: tests never judge speed.
 */
@QuarkusTest
class LargeProductImportTest {

    private static final Logger LOG = Logger.getLogger(LargeProductImportTest.class);
    private static final List<String> MARKETS = List.of("DE", "FR", "UK");

    @Inject
    CatalogService catalog;

    @Inject
    ObjectMapper mapper;

    @Test
    void modelOfTheBiggestKnownSizeIsImportedReadAndRefusedWhole() throws Exception {
        ProductDocument big = synthetic("T_BIG", 268, 332, 226_000);
        byte[] json = mapper.writeValueAsBytes(big);
        try {
            long start = System.nanoTime();
            CatalogService.Saved saved = catalog.save("T_BIG", json, null);
            long imported = System.nanoTime();
            ProductDocument read = catalog.find("T_BIG").orElseThrow();
            long firstRead = System.nanoTime();
            catalog.find("T_BIG").orElseThrow();
            long cachedRead = System.nanoTime();
            LOG.infof("Synthetic model of %d groups, %d options, %d tables, %d rows (%.1f MB of JSON): "
                            + "import (parse, validate, store) %d ms, first read %d ms, cached read %d µs",
                    saved.product().groupCount(), saved.product().optionCount(), saved.product().tableCount(),
                    saved.product().rowCount(), json.length / 1e6, (imported - start) / 1_000_000,
                    (firstRead - imported) / 1_000_000, (cachedRead - firstRead) / 1_000);

            assertThat(saved.product()).extracting(CatalogEntry::groupCount, CatalogEntry::tableCount, CatalogEntry::rowCount)
                    .containsExactly(268, 332, 226_000);
            assertThat(read.tables().get(331).rows()).isEqualTo(big.tables().get(331).rows());

            // one wrong cell in the very last row is found, and the stored model stays as it was
            VariantTableDocument last = big.tables().get(331);
            List<List<String>> rows = new ArrayList<>(last.rows());
            List<String> row = new ArrayList<>(rows.get(rows.size() - 1));
            row.set(0, "NO_SUCH_OPTION");
            rows.set(rows.size() - 1, row);
            ProductDocument spoilt = big.withTable(last.withRows(rows));
            long validateStart = System.nanoTime();
            assertThatThrownBy(() -> catalog.save("T_BIG", spoilt, null))
                    .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.errors())
                            .extracting(CatalogError::where).containsExactly("table T331 / row " + rows.size()));
            LOG.infof("Refusing the spoilt synthetic model took %d ms", (System.nanoTime() - validateStart) / 1_000_000);
            assertThat(catalog.entry("T_BIG").orElseThrow().version()).isZero();
        } finally {
            // other suites list every product; leave them the small ones
            catalog.delete("T_BIG", null);
        }
    }

    /** Single-choice groups of 2 to 8 options (every 9th optional); tables of 2 to 4 groups, some by market. */
    static ProductDocument synthetic(String code, int groupCount, int tableCount, int rowCount) {
        Random random = new Random(42);
        List<GroupDocument> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            List<OptionDocument> options = new ArrayList<>();
            for (int o = 0; o < 2 + g % 7; o++) {
                options.add(new OptionDocument(String.format("G%03d_O%d", g, o), "Option " + o, BigDecimal.ZERO, null, null));
            }
            boolean optional = g % 9 == 0;
            groups.add(new GroupDocument(String.format("G%03d", g), "Group " + g, false, !optional,
                    optional ? 0 : 1, 1, g, options));
        }
        List<VariantTableDocument> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            Set<Integer> columnGroups = new LinkedHashSet<>();
            for (int j = 0; columnGroups.size() < 2 + t % 3; j++) {
                columnGroups.add((t * 37 + j * 101) % groupCount);
            }
            List<String> columns = new ArrayList<>(columnGroups.stream().map(g -> groups.get(g).code()).toList());
            if (t % 5 == 0) {
                columns.add(VariantTableDocument.MARKET);
            }
            int rows = rowCount / tableCount + (t < rowCount % tableCount ? 1 : 0);
            List<List<String>> cells = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>(columns.size());
                for (int g : columnGroups) {
                    GroupDocument group = groups.get(g);
                    int pick = random.nextInt(group.options().size() + 2);
                    row.add(pick < group.options().size() ? group.options().get(pick).code()
                            : pick == group.options().size() || !group.optional() ? "*" : "-");
                }
                if (t % 5 == 0) {
                    row.add(random.nextInt(4) == 0 ? "*" : MARKETS.get(random.nextInt(MARKETS.size())));
                }
                cells.add(row);
            }
            tables.add(new VariantTableDocument("T" + t, "Table " + t, null, columns, cells));
        }
        return new ProductDocument(code, "Synthetic big model", null, BigDecimal.TEN, "EUR", MARKETS, "DE", groups, tables);
    }
}
