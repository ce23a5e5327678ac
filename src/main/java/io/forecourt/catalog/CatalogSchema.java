package io.forecourt.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The catalogue document's JSON Schema ({@code schemas/catalog-document.json}): served to people, checked on import. */
@Singleton
public class CatalogSchema {

    static final String RESOURCE = "schemas/catalog-document.json";

    private final ObjectMapper mapper;
    private final byte[] text;
    private final Schema schema;

    CatalogSchema(ObjectMapper mapper) {
        this.mapper = mapper;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            this.text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(new String(text, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The schema as served. */
    public byte[] text() {
        return text.clone();
    }

    /** What the document breaks in the schema, each error with its JSON pointer; the document is JSON already. */
    List<CatalogError> check(byte[] document) {
        JsonNode node;
        try {
            node = mapper.readTree(document);
        } catch (IOException e) {
            return List.of();
        }
        List<CatalogError> errors = new ArrayList<>();
        // 1e400 reads as an infinite double, which the schema's number keywords cannot compare: name it here
        nonFinite(node, "", errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        for (Error e : schema.validate(node)) {
            String pointer = pointer(e.getInstanceLocation());
            errors.add(new CatalogError(pointer.isEmpty() ? CatalogError.PRODUCT : "field " + pointer,
                    "Schema: " + e.getMessage().replaceFirst("^\\$[^:]*: ", ""), pointer));
        }
        return errors;
    }

    private static void nonFinite(JsonNode node, String at, List<CatalogError> errors) {
        if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            errors.add(new CatalogError("field " + at, "Schema: the number is out of range", at));
        } else if (node.isObject()) {
            node.properties().forEach(e -> nonFinite(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                    errors));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nonFinite(node.get(i), at + "/" + i, errors);
            }
        }
    }

    static String pointer(NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            s.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
