package io.forecourt.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.configurator.saved.SavedConfigurationService;
import io.forecourt.configurator.saved.SavedView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines from saved configurations (their frozen price breakdown), discounts, totals and the cost
 * basis, and the approval rules' verdict on the result.
 */
@ApplicationScoped
class QuotePricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    SavedConfigurationService saved;

    @Inject
    QuoteRules rules;

    @Inject
    QuoteConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Replaces the quote's lines by these configurations; each must be ready for quoting and still valid today. */
    void lines(Quote q, List<String> codes, Map<String, BigDecimal> lineDiscounts) {
        List<Violation> problems = new ArrayList<>();
        List<SavedView> views = new ArrayList<>();
        for (String code : new java.util.LinkedHashSet<>(codes)) {
            try {
                SavedView v = saved.find(code.strip());
                if (!"READY".equals(v.status()) || !v.today().valid() || !v.today().complete()) {
                    problems.add(Violation.of("configuration-not-ready",
                            "This configuration is not ready for quoting: it must be saved valid and complete, and still be so today",
                            List.of(v.code())));
                } else {
                    views.add(v);
                }
            } catch (ForecourtException e) {
                if (e.status() != 404) {
                    throw e;
                }
                problems.add(Violation.of("configuration-unknown", "No saved configuration has this code", List.of(code)));
            }
        }
        if (views.stream().map(v -> v.price().currency()).distinct().count() > 1) {
            problems.add(Violation.of("one-currency", "All configurations of a quote are priced in one currency"));
        }
        if (!problems.isEmpty()) {
            throw new ForecourtException(422, "Configurations not quotable", "Some configurations cannot be quoted",
                    Map.of("violations", problems));
        }
        q.getLines().clear();
        if (q.getId() != null) {
            em.flush(); // the old lines go before new ones take their positions
        }
        int position = 1;
        for (SavedView v : views) {
            BigDecimal list = v.price().total().setScale(2, RoundingMode.HALF_UP);
            q.getLines().add(new QuoteLine(q, position++, v.code(), v.product(), v.market(), write(v.selections()),
                    write(v.price()), list, BigDecimal.ZERO, list, cost(list)));
        }
        discounts(q, lineDiscounts == null ? Map.of() : lineDiscounts);
    }

    /** Line discount = its own if given (kept from before otherwise), else the quote's; totals follow. */
    void discounts(Quote q, Map<String, BigDecimal> lineDiscounts) {
        Map<String, BigDecimal> own = new LinkedHashMap<>(lineDiscounts);
        BigDecimal listTotal = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (QuoteLine l : q.getLines()) {
            BigDecimal d = own.getOrDefault(l.getConfigurationCode(), q.getDiscountPercent()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal net = l.getListPrice().multiply(HUNDRED.subtract(d)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            l.discount(d, net);
            listTotal = listTotal.add(l.getListPrice());
            total = total.add(net);
            cost = cost.add(l.getCost());
        }
        String currency = q.getLines().isEmpty() ? "EUR" : currencyOf(q.getLines().get(0));
        q.setTotals(currency, listTotal, total, cost);
    }

    /** Runs the approval rules in service; a refusal is 422 naming the rules, otherwise the level needed (or null). */
    void review(Quote q, String authorRole) {
        QuoteRuleBase base = rules.current();
        List<LineUnderReview> lines = q.getLines().stream()
                .map(l -> new LineUnderReview(l.getProductCode(), l.getConfigurationCode(), l.getListPrice().doubleValue(),
                        l.getDiscountPercent().doubleValue(), margin(l.getNetPrice(), l.getCost())))
                .toList();
        double max = lines.stream().mapToDouble(LineUnderReview::getDiscountPercent).max().orElse(0);
        List<Approval.Decision> decisions = base.review(new QuoteUnderReview(discountPercent(q), max,
                margin(q.getTotal(), q.getCostTotal()), q.getTotal().doubleValue(), q.getCurrency(), authorRole), lines);
        List<Approval.Decision> refused = decisions.stream().filter(d -> d.level() == Approval.Level.REFUSED).toList();
        if (!refused.isEmpty()) {
            throw new ForecourtException(422, "Quote refused by policy", refused.get(0).message(),
                    Map.of("violations", refused.stream().map(d -> Violation.of(d.rule(), d.message())).toList()));
        }
        String level = decisions.isEmpty() ? null : decisions.get(0).level().name();
        q.setReview(level, write(decisions.stream().map(d -> new QuoteView.Rule(d.rule(), d.level().name(), d.message()))
                .toList()), base.version());
    }

    static double discountPercent(Quote q) {
        if (q.getListTotal().signum() == 0) {
            return 0;
        }
        return q.getListTotal().subtract(q.getTotal()).multiply(HUNDRED)
                .divide(q.getListTotal(), 4, RoundingMode.HALF_UP).doubleValue();
    }

    static double margin(BigDecimal net, BigDecimal cost) {
        if (net.signum() == 0) {
            return cost.signum() == 0 ? 0 : -100;
        }
        return net.subtract(cost).multiply(HUNDRED).divide(net, 4, RoundingMode.HALF_UP).doubleValue();
    }

    private BigDecimal cost(BigDecimal list) {
        return list.multiply(BigDecimal.valueOf(config.costRatio())).setScale(2, RoundingMode.HALF_UP);
    }

    private String currencyOf(QuoteLine l) {
        try {
            return json.readTree(l.getPriceJson()).path("currency").asText("EUR");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
