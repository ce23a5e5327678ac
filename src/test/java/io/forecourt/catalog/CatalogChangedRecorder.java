package io.forecourt.catalog;

import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens as the configurator will: which products changed, and what find() gives at that moment.
 * A @Singleton, so the test reads these fields on the bean itself rather than on a client proxy.
 */
@Singleton
class CatalogChangedRecorder {

    static final String PREFIX = "T_EVENT";

    @Inject
    CatalogService catalog;

    final List<String> changed = new CopyOnWriteArrayList<>();
    final Map<String, Optional<String>> nameSeen = new ConcurrentHashMap<>();

    void on(@Observes CatalogChanged event) {
        changed.add(event.productCode());
        if (event.productCode().startsWith(PREFIX)) {
            nameSeen.put(event.productCode(), catalog.find(event.productCode()).map(ProductDocument::name));
        }
    }
}
