package io.forecourt.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.forecourt.common.web.ForecourtException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes product documents; the only place that knows their JSON form. */
@Singleton
class CatalogJson {

    private final ObjectReader reader;
    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    CatalogJson(ObjectMapper mapper) {
        // unknown fields are refused: a misspelt "requird" must not silently become "not required"
        this.reader = mapper.readerFor(ProductDocument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.compact = mapper.writerFor(ProductDocument.class);
        this.pretty = mapper.writerFor(ProductDocument.class).with(new DocumentPrettyPrinter());
    }

    /** An uploaded document, not validated yet; 400 when it is not a JSON product document at all. */
    ProductDocument read(byte[] json) {
        if (json == null || json.length == 0) {
            throw ForecourtException.badRequest("The document is empty");
        }
        try {
            ProductDocument doc = reader.readValue(json);
            if (doc == null) {
                throw ForecourtException.badRequest("The document is empty");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            throw ForecourtException.badRequest("Unknown field '" + path(e) + "'" + at(e.getLocation()));
        } catch (JsonMappingException e) {
            throw ForecourtException.badRequest(e.getPath().isEmpty()
                    ? "The document must be a JSON object" + at(e.getLocation())
                    : "The field '" + path(e) + "' has the wrong type" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw ForecourtException.badRequest("The document is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stored (hence valid) document, prepared for a long life in the cache: cells that repeat
     * option codes share one string instance and rows become compact immutable lists.
     */
    ProductDocument readStored(String json) {
        try {
            return shared(reader.readValue(json));
        } catch (IOException e) {
            throw new IllegalStateException("A stored product document cannot be read", e);
        }
    }

    String write(ProductDocument doc) {
        try {
            return compact.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For people: objects indented, one table row per line. */
    byte[] writePretty(ProductDocument doc) {
        try {
            return pretty.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProductDocument shared(ProductDocument doc) {
        Map<String, String> pool = new HashMap<>();
        for (String s : List.of(VariantTableDocument.ANY, VariantTableDocument.NONE, VariantTableDocument.MARKET)) {
            pool.put(s, s);
        }
        doc.markets().forEach(m -> pool.put(m, m));
        doc.groups().forEach(g -> {
            pool.put(g.code(), g.code());
            g.options().forEach(o -> pool.put(o.code(), o.code()));
        });
        List<VariantTableDocument> tables = new ArrayList<>(doc.tables().size());
        for (VariantTableDocument t : doc.tables()) {
            List<List<String>> rows = new ArrayList<>(t.rows().size());
            for (List<String> row : t.rows()) {
                String[] cells = new String[row.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = pool.getOrDefault(row.get(i), row.get(i));
                }
                rows.add(List.of(cells));
            }
            tables.add(new VariantTableDocument(t.code(), t.name(), t.description(),
                    List.copyOf(t.columns()), List.copyOf(rows)));
        }
        return new ProductDocument(doc.code(), doc.name(), doc.description(), doc.basePrice(), doc.currency(),
                doc.markets(), doc.defaultMarket(), doc.groups(), tables, doc.priceLists());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
