package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.configurator.evaluation.Evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The page's view of an evaluation: the catalogue's names, prices and swatches beside each state. */
public record ConfiguratorView(List<Group> groups) {

    /** The names of the groups still to choose in, for "Still to choose: Colour, Wheels". */
    public String pending() {
        return groups.stream().filter(g -> !g.satisfied()).map(Group::name).collect(Collectors.joining(", "));
    }

    public record Group(String code, String name, boolean multiple, boolean required, boolean satisfied,
                        boolean anySelected, List<Option> options) {
    }

    /**
     * {@code selected}: shown as chosen (the customer's choice or a default); {@code suggested}: a
     * default. {@code locked}: not offered whatever else is chosen; an option that only the
     * customer's own choices exclude stays clickable, and choosing it swaps them.
     */
    public record Option(String code, String name, BigDecimal price, String swatch, String description,
                         boolean selected, boolean suggested, boolean available, boolean locked, String reason) {
    }

    static ConfiguratorView of(ProductDocument product, Evaluation evaluation) {
        Map<String, Evaluation.GroupState> states = evaluation.groups().stream()
                .collect(Collectors.toMap(Evaluation.GroupState::code, Function.identity()));
        List<Group> groups = new ArrayList<>();
        io.forecourt.catalog.MarketPrices prices = product.pricesIn(evaluation.market());
        for (GroupDocument g : product.groups()) {
            Evaluation.GroupState state = states.get(g.code());
            Map<String, Evaluation.OptionState> options = state.options().stream()
                    .collect(Collectors.toMap(Evaluation.OptionState::code, Function.identity()));
            List<Option> views = new ArrayList<>();
            for (OptionDocument o : g.options()) {
                Evaluation.OptionState s = options.get(o.code());
                boolean locked = !s.available() && s.blockedBy() != null && s.blockedBy().isEmpty();
                views.add(new Option(o.code(), o.name(), prices.option(o), o.swatch(), o.description(),
                        s.selected() || s.suggested(), s.suggested(), s.available(), locked, s.reason()));
            }
            boolean shown = views.stream().anyMatch(Option::selected);
            boolean satisfied = g.multiple() ? state.satisfied() : !g.required() || shown;
            groups.add(new Group(g.code(), g.name(), g.multiple(), g.required(), satisfied, shown, views));
        }
        return new ConfiguratorView(groups);
    }
}
