package io.forecourt.configurator;

import io.forecourt.configurator.Evaluation.Adjustment;
import io.forecourt.configurator.Evaluation.OptionPrice;
import io.forecourt.configurator.rules.Outcome;

import java.math.BigDecimal;
import java.util.List;

/** total = base + option prices + rule adjustments (negative adjustments are savings). */
final class Pricing {

    private Pricing() {
    }

    static Evaluation.Price price(ProductModel m, List<String> selections, Outcome outcome) {
        List<OptionPrice> options = selections.stream()
                .map(c -> new OptionPrice(c, m.optionName(c), m.slot(c).option().price())).toList();
        List<Adjustment> adjustments = outcome.adjustments().stream()
                .map(a -> new Adjustment(a.rule(), a.label(), a.amount())).toList();
        BigDecimal total = m.product.basePrice()
                .add(Evaluator.sum(options.stream().map(OptionPrice::price).toList()))
                .add(Evaluator.sum(adjustments.stream().map(Adjustment::amount).toList()));
        return new Evaluation.Price(m.product.basePrice(), options, adjustments, total, m.product.currency());
    }
}
