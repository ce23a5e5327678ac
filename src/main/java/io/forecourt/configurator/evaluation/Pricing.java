package io.forecourt.configurator.evaluation;

import io.forecourt.configurator.evaluation.Evaluation.Adjustment;
import io.forecourt.configurator.evaluation.Evaluation.OptionPrice;
import io.forecourt.catalog.MarketPrices;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.rules.Outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * total = base + option prices + rule adjustments (negative adjustments are savings), all in the
 * market's currency (its price list's, else the product's; rule amounts are converted at its rate).
 */
final class Pricing {

    private Pricing() {
    }

    static Evaluation.Price price(ProductModel m, List<String> selections, Outcome outcome) {
        MarketPrices prices = m.product().pricesIn(m.market());
        List<OptionPrice> options = selections.stream()
                .map(c -> new OptionPrice(c, m.optionName(c), prices.option(m.slot(c).option()))).toList();
        List<Adjustment> adjustments = outcome.adjustments().stream()
                .map(a -> new Adjustment(a.rule(), a.label(), prices.convert(a.amount()))).toList();
        BigDecimal total = prices.basePrice()
                .add(Evaluator.sum(options.stream().map(OptionPrice::price).toList()))
                .add(Evaluator.sum(adjustments.stream().map(Adjustment::amount).toList()));
        return new Evaluation.Price(prices.basePrice(), options, adjustments, total, prices.currency());
    }
}
