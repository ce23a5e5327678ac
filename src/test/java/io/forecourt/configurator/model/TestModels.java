package io.forecourt.configurator.model;

import io.forecourt.catalog.ProductDocument;
import io.forecourt.configurator.rules.RuleBase;

/** A product compiled for plain (non-Quarkus) tests and benchmarks in other packages. */
public final class TestModels {

    private TestModels() {
    }

    public static ProductModel compile(ProductDocument product, String market, RuleBase rules) {
        return ProductModelCompiler.compile(product, market, rules);
    }
}
