package io.forecourt.catalog;

import io.forecourt.common.demo.DemoDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The three demo car models, from src/main/resources/demo/catalog. A model that exists already is left
 * alone, even if an admin changed it: loading twice changes nothing.
 */
@ApplicationScoped
class DemoCatalog implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);

    /** Listed rather than scanned: a folder inside the application jar cannot be listed portably. */
    static final List<String> CODES = List.of("AURA", "TERRA", "VOLTA");

    @Inject
    CatalogService catalog;

    @Inject
    ProductRepository products;

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void load() {
        for (String code : CODES) {
            if (products.findByCode(code).isEmpty()) {
                catalog.save(code, read(code), null);
                LOG.infof("Demo car model %s loaded", code);
            }
        }
    }

    static byte[] read(String code) {
        String path = "demo/catalog/" + code.toLowerCase(java.util.Locale.ROOT) + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo catalogue file " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
