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
 * The demo products, from src/main/resources/demo/catalog: three car models and an e-bike (a second
 * product line, written from rules/README.md, so a visitor sees the configurator is not about cars
 * only). A product that exists already is left alone, even if an admin changed it: loading twice
 * changes nothing.
 */
@ApplicationScoped
class DemoCatalog implements DemoDataContributor {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);

    /** Listed rather than scanned: a folder inside the application jar cannot be listed portably. */
    static final List<String> CODES = List.of("AURA", "TERRA", "VOLTA");
    /** Demo products of other product lines (rules/configurator/ebikes). */
    static final List<String> OTHER_LINES = List.of("PULSE");

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
        for (String code : java.util.stream.Stream.concat(CODES.stream(), OTHER_LINES.stream()).toList()) {
            if (products.findByCode(code).isEmpty()) {
                catalog.save(code, read(code), null);
                LOG.infof("Demo product %s loaded", code);
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
