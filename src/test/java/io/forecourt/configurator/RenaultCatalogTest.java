package io.forecourt.configurator;

import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;
import io.forecourt.configurator.engine.RenaultData;
import io.forecourt.configurator.evaluation.Evaluation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renault's real "medium" car range (148 variables, 174 tables) imported as a catalogue product, and
 * a year of its real sales evaluated through the whole configurator (catalogue, rules, engine).
 */
@QuarkusTest
class RenaultCatalogTest {

    static final String NAME = "medium";

    @Inject
    CatalogService catalog;

    @Inject
    ConfiguratorService configurator;

    String code;

    @BeforeEach
    void importOnce() {
        RenaultData.assumePresent(NAME);
        code = RenaultCatalog.code(NAME);
        if (catalog.find(code).isEmpty()) {
            catalog.save(code, RenaultCatalog.product(NAME), null);
        }
    }

    @Test
    void realSalesAreValidAndCompleteToAValidCar() {
        List<List<String>> sales = RenaultCatalog.sales(NAME);
        assertThat(sales).hasSize(8252);
        int checked = 0;
        for (int i = 0; i < sales.size(); i += 41) {
            List<String> sale = sales.get(i);
            Evaluation e = configurator.evaluate(code, sale, null);
            assertThat(e.violations()).as("sale %d", i).isEmpty();
            List<String> full = configurator.complete(code, sale, null).orElseThrow();
            assertThat(full).containsAll(sale);
            Evaluation done = configurator.evaluate(code, full, null);
            assertThat(done.valid()).as("completed sale %d", i).isTrue();
            assertThat(done.complete()).as("completed sale %d", i).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aSaleMutatedToBreakATableIsInvalidAndNamesTheTable() {
        ProductDocument product = catalog.get(code);
        List<List<String>> sales = RenaultCatalog.sales(NAME);
        Random random = new Random(3);
        int mutated = 0;
        for (int attempt = 0; attempt < 5000 && mutated < 25; attempt++) {
            List<String> sale = sales.get(random.nextInt(sales.size()));
            Map<String, String> byGroup = new HashMap<>();
            sale.forEach(o -> byGroup.put(product.groupOf(o).orElseThrow().code(), o));
            VariantTableDocument t = product.tables().get(random.nextInt(product.tables().size()));
            List<String> chosenColumns = t.columns().stream().filter(byGroup::containsKey).toList();
            if (chosenColumns.size() < 2) {
                continue;
            }
            String column = chosenColumns.get(random.nextInt(chosenColumns.size()));
            Optional<String> breaking = product.group(column).orElseThrow().options().stream().map(o -> o.code())
                    .filter(o -> noRowFits(t, byGroup, column, o)).findFirst();
            if (breaking.isEmpty()) {
                continue;
            }
            List<String> broken = new ArrayList<>(sale);
            broken.set(broken.indexOf(byGroup.get(column)), breaking.get());
            Evaluation e = configurator.evaluate(code, broken, null);
            assertThat(e.valid()).isFalse();
            assertThat(e.violations()).extracting(Evaluation.Violation::rule).contains(t.code());
            assertThat(e.repairs()).isNotEmpty();
            mutated++;
        }
        assertThat(mutated).isEqualTo(25);
    }

    @Test
    void availableOptionsNeverLeadToADeadEndOnPartialSales() {
        List<List<String>> sales = RenaultCatalog.sales(NAME);
        Random random = new Random(11);
        for (int round = 0; round < 15; round++) {
            List<String> sale = sales.get(random.nextInt(sales.size()));
            List<String> partial = new ArrayList<>(sale.subList(0, random.nextInt(sale.size())));
            Evaluation e = configurator.evaluate(code, partial, null);
            List<Evaluation.OptionState> candidates = new ArrayList<>();
            e.groups().forEach(g -> g.options().stream().filter(o -> !o.selected()).forEach(candidates::add));
            for (int k = 0; k < 12; k++) {
                Evaluation.OptionState o = candidates.get(random.nextInt(candidates.size()));
                List<String> next = withChoice(catalog.get(code), partial, o.code());
                Optional<List<String>> completion = configurator.complete(code, next, null);
                assertThat(completion.isPresent()).as("%s after %s (reason %s)", o.code(), partial, o.reason())
                        .isEqualTo(o.available());
                if (!o.available()) {
                    assertThat(o.reason()).isNotBlank();
                }
            }
        }
    }

    private static boolean noRowFits(VariantTableDocument t, Map<String, String> byGroup, String column, String option) {
        for (List<String> row : t.rows()) {
            boolean fits = true;
            for (int c = 0; c < row.size() && fits; c++) {
                String value = t.columns().get(c).equals(column) ? option : byGroup.get(t.columns().get(c));
                fits = value == null || row.get(c).equals(VariantTableDocument.ANY) || row.get(c).equals(value);
            }
            if (fits) {
                return false;
            }
        }
        return true;
    }

    private static List<String> withChoice(ProductDocument product, List<String> selection, String option) {
        String group = product.groupOf(option).orElseThrow().code();
        List<String> next = new ArrayList<>(selection);
        next.removeIf(o -> product.groupOf(o).orElseThrow().code().equals(group));
        next.add(option);
        return next;
    }
}
