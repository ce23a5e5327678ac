package io.forecourt.configurator.model;

import io.forecourt.catalog.CatalogChanged;
import io.forecourt.catalog.CatalogService;
import io.forecourt.catalog.ProductSummary;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.configurator.rules.ConfiguratorRules;
import io.forecourt.configurator.rules.RuleBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Compiled product models, one per product, market and rule base. Compiling is the expensive part
 * (the engine builds its decision diagram once); a catalogue change or a rules reload drops them.
 */
@ApplicationScoped
public class ProductModels {

    private static final Logger LOG = Logger.getLogger(ProductModels.class);

    private record Key(String product, String market, String rulesVersion) {
    }

    @Inject
    ConfiguratorRules rules;

    @Inject
    CatalogService catalog;

    @Inject
    ModelWarmer warmer;

    /**
     * Background compiles share nothing with the request that triggered them, and a daemon thread
     * never holds up shutdown (a compile in progress is simply dropped).
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "product-model-compiler");
        t.setDaemon(true);
        return t;
    });

    private final Map<Key, ProductModel> models = new ConcurrentHashMap<>();

    /** The model for this exact document: a cached one only if it was compiled from the same document. */
    public ProductModel get(ProductDocument product, String market) {
        RuleBase base = rules.current();
        Key key = new Key(product.code(), market, base.version());
        ProductModel cached = models.get(key);
        if (cached != null && cached.product() == product) {
            return cached;
        }
        long start = System.nanoTime();
        ProductModel compiled = ProductModelCompiler.compile(product, market, base);
        LOG.debugf("Compiled %s/%s under rules %s in %d ms (%s)", product.code(), market, base.version(),
                (System.nanoTime() - start) / 1_000_000,
                compiled.engine().isCompiled() ? compiled.engine().diagramEdges() + " diagram edges" : "search mode");
        models.put(key, compiled);
        return compiled;
    }

    void onCatalogChange(@Observes CatalogChanged event) {
        models.keySet().removeIf(k -> k.product().equals(event.productCode()));
        warm(List.of(event.productCode()));
    }

    void onRulesReload(@Observes ConfiguratorRules.Reloaded event) {
        models.keySet().removeIf(k -> !k.rulesVersion().equals(event.version()));
        warm(null);
    }

    /** Compiles in the background after start and after changes, so no customer waits for it. */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        warm(null);
    }

    private void warm(List<String> codes) {
        executor.execute(() -> warmer.warm(codes, this));
    }

    /** {@code codes} null: every product in the catalogue. */
    void warmNow(List<String> codes) {
        List<String> which = codes != null ? codes : catalog.list().stream().map(ProductSummary::code).toList();
        for (String code : which) {
            catalog.find(code).ifPresent(p -> p.markets().forEach(market -> {
                try {
                    get(p, market);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not prepare %s for %s", code, market);
                }
            }));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
