package io.forecourt.configurator;

import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.configurator.evaluation.ConfiguratorService;
import io.forecourt.configurator.model.ProductModel;
import io.forecourt.configurator.model.ProductModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** What a click on the page means for the customer's choices, and the sentences that say so. */
@ApplicationScoped
class ConfiguratorChanges {

    @Inject
    CatalogService catalog;

    @Inject
    ProductModels models;

    @Inject
    ConfiguratorService configurator;

    /**
     * A change on the page (see {@link CustomerChange}): the customer's own choices afterwards and
     * what changed on their behalf. Unknown codes in the posted form are dropped, as a stale form may
     * carry them.
     */
    CustomerChange.Result change(String productCode, String market, List<String> wanted, List<String> own,
                                 List<String> suggested) {
        ProductDocument product = catalog.find(productCode)
                .orElseThrow(() -> ForecourtException.notFound("Product " + productCode));
        String m = market == null || market.isBlank() ? product.defaultMarket() : market;
        if (!product.markets().contains(m)) {
            m = product.defaultMarket();
        }
        ProductModel model = models.get(product, m);
        String mk = m;
        return CustomerChange.apply(model, wanted, own, suggested, chosen -> configurator.evaluate(productCode, chosen, mk));
    }

    /** The sentences for changes made on the customer's behalf, as carried in the page's address. */
    List<String> describeChanges(String productCode, String market, String changes) {
        List<CustomerChange.Change> parsed = CustomerChange.parse(changes);
        if (parsed.isEmpty()) {
            return List.of();
        }
        ProductDocument product = catalog.find(productCode)
                .orElseThrow(() -> ForecourtException.notFound("Product " + productCode));
        String m = market == null || !product.markets().contains(market) ? product.defaultMarket() : market;
        return CustomerChange.describe(models.get(product, m), parsed);
    }
}
