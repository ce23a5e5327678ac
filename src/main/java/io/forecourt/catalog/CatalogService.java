package io.forecourt.catalog;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The product catalogue. Reads come from memory after the first one (cheap enough for every configurator
 * click); writes validate the whole document first, change nothing when anything is wrong, and after
 * commit refresh the cache and fire {@link CatalogChanged}.
 */
@ApplicationScoped
public class CatalogService {

    /** What a write did: the stored product's summary (with its new version) and whether it is new. */
    public record Saved(CatalogEntry product, boolean created) {
    }

    /** An exported document (UTF-8 JSON) and the version it is, for If-Match. */
    public record Export(byte[] json, int version) {
    }

    @Inject
    ProductRepository products;

    @Inject
    CatalogJson json;

    @Inject
    CatalogSchema schema;

    @Inject
    CatalogCache cache;

    @Inject
    CatalogWrites writes;

    /** The product with this code, or empty. Served from memory: the document is immutable and shared. */
    public Optional<ProductDocument> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (writes.pendingInThisTransaction(code)) {
            // not committed yet: read it, but don't let the cache keep what may be rolled back
            return products.documentOf(code).map(json::readStored);
        }
        return Optional.ofNullable(cache.get(code, () -> products.documentOf(code).map(json::readStored).orElse(null)));
    }

    /** Like {@link #find(String)}, but a missing product is a 404 problem. */
    public ProductDocument get(String code) {
        return find(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
    }

    /** Every product, by name. */
    public List<ProductSummary> list() {
        return products.rowsByName().stream().flatMap(r -> find(r.code()).stream()).map(ProductSummary::of).toList();
    }

    /** Every product with its version and size, by name. */
    public List<CatalogEntry> entries() {
        return products.rowsByName().stream()
                .flatMap(r -> find(r.code()).map(d -> CatalogEntry.of(r.code(), r.version(), r.updatedAt(), d)).stream())
                .toList();
    }

    public Optional<CatalogEntry> entry(String code) {
        return products.rowOf(code).flatMap(r -> find(code).map(d -> CatalogEntry.of(code, r.version(), r.updatedAt(), d)));
    }

    /** The stored document, indented for people; read from the database so that it matches its version. */
    @Transactional
    public Export export(String code) {
        Product p = products.findByCode(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
        return new Export(json.writePretty(json.readStored(p.getDocument())), p.getVersion());
    }

    /** One variant table as CSV. */
    public String tableCsv(String code, String table) {
        return VariantTableCsv.write(table(get(code), code, table));
    }

    /**
     * Creates or replaces a product from an uploaded JSON document whose code must be {@code code}.
     * 400 when it is not JSON, 422 with every located error, 409 when {@code expectedVersion} is stale.
     */
    @Transactional
    public Saved save(String code, byte[] document, Long expectedVersion) {
        ProductDocument doc = json.read(document);
        return save(code, doc, expectedVersion, schema.check(document));
    }

    /** Creates or replaces the product named by the uploaded document's own code (the admin page's upload). */
    @Transactional
    public Saved importDocument(byte[] document) {
        ProductDocument doc = json.read(document);
        if (CatalogValidator.blank(doc.code())) {
            throw new InvalidProductException(List.of(CatalogError.product("The product code is missing")));
        }
        return save(doc.code(), doc, null, schema.check(document));
    }

    @Transactional
    public Saved save(String code, ProductDocument doc, Long expectedVersion) {
        return save(code, doc, expectedVersion, List.of());
    }

    /**
     * The checks' own errors first (they know the catalogue: codes, tables, cardinalities); then what
     * the schema finds at a field no check has reported on.
     */
    private Saved save(String code, ProductDocument doc, Long expectedVersion, List<CatalogError> schemaErrors) {
        ValidationErrors errors = new ValidationErrors();
        if (doc.code() != null && !doc.code().equals(code)) {
            errors.add(CatalogError.PRODUCT, "The document's code " + doc.code() + " differs from " + code
                    + " in the address");
        }
        CatalogValidator.validate(doc, VariantTableValidator.DOCUMENT_ROWS, errors);
        java.util.Set<String> reported = new java.util.HashSet<>();
        errors.list().forEach(e -> reported.add(e.pointer()));
        schemaErrors.stream().filter(e -> !reported.contains(e.pointer()))
                .forEach(e -> errors.add(e.where(), e.message(), e.pointer()));
        errors.throwIfAny();
        Optional<Product> existing = products.findByCode(code);
        if (existing.isEmpty() && expectedVersion != null) {
            throw ForecourtException.conflict("Product " + code + " no longer exists; it was deleted meanwhile");
        }
        existing.ifPresent(p -> requireVersion(p, expectedVersion));
        return store(existing.orElseGet(() -> new Product(code)), existing.isEmpty(), doc);
    }

    /** Replaces the rows of one variant table from CSV; errors name the line of the file. */
    @Transactional
    public Saved replaceTable(String code, String tableCode, String csv, Long expectedVersion) {
        Product p = products.findByCode(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
        requireVersion(p, expectedVersion);
        ProductDocument doc = json.readStored(p.getDocument());
        VariantTableDocument table = table(doc, code, tableCode);
        VariantTableCsv.Parsed parsed = VariantTableCsv.read(table, csv);
        ProductDocument next = doc.withTable(table.withRows(parsed.rows()));
        ValidationErrors errors = new ValidationErrors();
        CatalogValidator.validate(next, (t, i) -> tableCode.equals(t.code())
                ? "table " + tableCode + " / line " + parsed.lines()[i] : VariantTableValidator.DOCUMENT_ROWS.where(t, i),
                errors);
        errors.throwIfAny();
        return store(p, false, next);
    }

    @Transactional
    public void delete(String code, Long expectedVersion) {
        Product p = products.findByCode(code).orElseThrow(() -> ForecourtException.notFound("Product " + code));
        requireVersion(p, expectedVersion);
        products.delete(p);
        products.flush();
        writes.changed(code);
    }

    private Saved store(Product p, boolean created, ProductDocument doc) {
        p.replace(doc.name(), json.write(doc), Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (created) {
            products.persist(p);
        }
        // a concurrent writer fails here, inside the method, as a 409 rather than at commit
        try {
            products.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            // only the unique code can be violated: someone created the same product a moment earlier
            throw ForecourtException.conflict("Product " + p.getCode() + " was created by someone else meanwhile; "
                    + "reload it and try again");
        }
        writes.changed(p.getCode());
        return new Saved(CatalogEntry.of(p.getCode(), p.getVersion(), p.getUpdatedAt(), doc), created);
    }

    private static void requireVersion(Product p, Long expected) {
        if (expected != null && !Objects.equals(expected, (long) p.getVersion())) {
            throw ForecourtException.conflict("Product " + p.getCode() + " is at version " + p.getVersion()
                    + ", not " + expected + ": someone changed it meanwhile; reload it and try again");
        }
    }

    private static VariantTableDocument table(ProductDocument doc, String code, String tableCode) {
        return doc.table(tableCode)
                .orElseThrow(() -> ForecourtException.notFound("Table " + tableCode + " of product " + code));
    }
}
