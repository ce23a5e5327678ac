package io.forecourt.configurator.evaluation;

import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.model.ProductModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The configurator's façade: evaluates, checks and completes selections for the page, the API, saved
 * configurations and quotes alike. It sits here, below the web layer, so that saved configurations
 * (which the page also uses) depend on it and not on the page.
 */
@ApplicationScoped
public class ConfiguratorService {

    @Inject
    CatalogService catalog;

    @Inject
    ProductModels models;

    @Inject
    EvaluationCache answers;

    public Evaluation evaluate(String productCode, List<String> selections, String market) {
        return evaluate(productCode, selections, market, true);
    }

    /** {@code memo} false computes the answer afresh (benchmarks measure the configurator's own work). */
    public Evaluation evaluate(String productCode, List<String> selections, String market, boolean memo) {
        ProductDocument product = catalog.find(productCode)
                .orElseThrow(() -> ForecourtException.notFound("Product " + productCode));
        String m = market == null || market.isBlank() ? product.defaultMarket() : market;
        if (!product.markets().contains(m)) {
            throw new ForecourtException(422, "Unknown market", "Product " + product.code() + " is not sold in " + m,
                    Map.of("violations", List.of(Map.of("rule", "market", "message",
                            "Choose one of " + String.join(", ", product.markets()), "options", List.of()))));
        }
        ProductModel model = models.get(product, m);
        List<String> chosen = checked(model, selections);
        return memo ? answers.get(model, chosen, () -> Evaluator.evaluate(model, chosen)) : Evaluator.evaluate(model, chosen);
    }

    /**
     * A configuration checked against every rule, table and group of the product as it stands (an
     * optional group left empty counts as "none"), under the rules in service now. Saving as ready,
     * quoting and accepting go through this, so no product that cannot be built gets past them.
     */
    public ConfigurationCheck check(String productCode, List<String> selections, String market) {
        return ConfigurationCheck.of(evaluate(productCode, selections, market));
    }

    /**
     * The selection completed to a valid, complete configuration (the customer's choices kept), or
     * empty when none exists (the selection conflicts).
     */
    public java.util.Optional<List<String>> complete(String productCode, List<String> selections, String market) {
        ProductDocument product = catalog.find(productCode)
                .orElseThrow(() -> ForecourtException.notFound("Product " + productCode));
        String m = market == null || market.isBlank() ? product.defaultMarket() : market;
        ProductModel model = models.get(product, m);
        List<String> chosen = checked(model, selections);
        return model.engine().complete(model.assignmentOf(chosen)).map(full -> {
            List<String> out = new ArrayList<>(chosen);
            full.choices().forEach((variable, value) -> {
                String option = model.optionOf(variable, value);
                if (option != null && !out.contains(option)) {
                    out.add(option);
                }
            });
            return out;
        });
    }

    /** Unknown codes and two choices in a one-choice group are refused, never ignored. */
    private static List<String> checked(ProductModel m, List<String> selections) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(selections));
        List<String> unknown = unique.stream().filter(c -> !m.hasOption(c)).toList();
        if (!unknown.isEmpty()) {
            throw new ForecourtException(422, "Unknown options",
                    "Product " + m.product().code() + " has no option " + String.join(", ", unknown),
                    Map.of("violations", List.of(Map.of("rule", "unknown-option",
                            "message", "These options do not exist for " + m.product().name(), "options", unknown))));
        }
        Map<String, List<String>> singles = new HashMap<>();
        for (String code : unique) {
            GroupDocument g = m.slot(code).group();
            if (!g.multiple()) {
                singles.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(code);
            }
        }
        List<Map<String, Object>> doubles = singles.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> Map.<String, Object>of("rule", "group " + e.getKey(),
                        "message", m.product().group(e.getKey()).map(GroupDocument::name).orElse(e.getKey())
                                + " takes one option", "options", e.getValue()))
                .toList();
        if (!doubles.isEmpty()) {
            throw new ForecourtException(422, "One choice per group", "A group that takes one option has several",
                    Map.of("violations", doubles));
        }
        return unique;
    }
}
