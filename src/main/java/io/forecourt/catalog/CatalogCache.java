package io.forecourt.catalog;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Parsed products by code. A reader that loaded a document from the database only stores it if no
 * write committed meanwhile (the generation did not move), so a slow reader cannot put back a version
 * that a writer has just replaced. Holds every product: catalogues have tens of models, not thousands.
 */
@Singleton
class CatalogCache {

    private final Map<String, ProductDocument> documents = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    ProductDocument get(String code, Supplier<ProductDocument> load) {
        ProductDocument cached = documents.get(code);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        ProductDocument loaded = load.get();
        if (loaded != null) {
            // compute() is atomic per key with invalidate(), which bumps the generation inside it
            documents.compute(code, (k, current) -> generation.get() == seen ? loaded : current);
        }
        return loaded;
    }

    /** After a write committed (or rolled back: dropping a good entry costs one reload). */
    void invalidate(String code) {
        documents.compute(code, (k, current) -> {
            generation.incrementAndGet();
            return null;
        });
    }
}
