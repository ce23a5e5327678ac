package io.forecourt.configurator.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XCSP 2.1 subset of the Renault BR4CP files: integer domains (listed or {@code a..b}),
 * relations in extension with {@code semantics="supports"}, and constraints referencing them.
 * The optional-variable joker {@code -1} is an ordinary domain value that the tables list
 * explicitly; the model's value names are the integers as written.
 */
public final class XcspReader {

    /** A table as written in the file, for checks that must not trust the engine. */
    public record RawTable(String name, List<String> scope, List<String[]> tuples) {
    }

    /** The model plus the raw variables and tables it was built from. */
    public record Instance(ConfigModel model, Map<String, String[]> domains, List<RawTable> tables) {
    }

    private XcspReader() {
    }

    public static Instance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
            Map<String, String[]> domains = new HashMap<>();
            Map<String, String[]> variables = new java.util.LinkedHashMap<>();
            List<RawTable> tables = new ArrayList<>();
            Map<String, List<String[]>> relations = new HashMap<>();
            ModelBuilder b = ConfigModel.builder();
            String open = null;
            Map<String, String> attrs = new HashMap<>();
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    open = x.getLocalName();
                    attrs.clear();
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        attrs.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                    }
                    text.setLength(0);
                    switch (open) {
                        case "variable" -> {
                            b.variable(attrs.get("name"), domains.get(attrs.get("domain")));
                            variables.put(attrs.get("name"), domains.get(attrs.get("domain")));
                        }
                        case "constraint" -> {
                            List<String> scope = List.of(attrs.get("scope").trim().split("\\s+"));
                            b.table(attrs.get("name"), scope, relations.get(attrs.get("reference")));
                            tables.add(new RawTable(attrs.get("name"), scope, relations.get(attrs.get("reference"))));
                        }
                        case "relation" -> {
                            if (!"supports".equals(attrs.get("semantics"))) {
                                throw new IOException("only supports relations: " + attrs.get("name"));
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(x.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "domain" -> domains.put(attrs.get("name"), domainValues(text.toString()));
                        case "relation" -> relations.put(attrs.get("name"), tuples(text.toString(),
                                Integer.parseInt(attrs.get("arity"))));
                        default -> { }
                    }
                    text.setLength(0);
                }
            }
            return new Instance(b.build(), variables, tables);
        } catch (XMLStreamException e) {
            throw new IOException("bad XCSP file " + file, e);
        }
    }

    private static String[] domainValues(String text) {
        List<String> out = new ArrayList<>();
        for (String tok : text.trim().split("\\s+")) {
            int dots = tok.indexOf("..");
            if (dots > 0) {
                int lo = Integer.parseInt(tok.substring(0, dots));
                int hi = Integer.parseInt(tok.substring(dots + 2));
                for (int v = lo; v <= hi; v++) {
                    out.add(Integer.toString(v));
                }
            } else if (!tok.isEmpty()) {
                out.add(tok);
            }
        }
        return out.toArray(String[]::new);
    }

    private static List<String[]> tuples(String text, int arity) {
        List<String[]> out = new ArrayList<>();
        for (String t : text.split("\\|")) {
            String s = t.trim();
            if (!s.isEmpty()) {
                String[] cells = s.split("\\s+");
                if (cells.length != arity) {
                    throw new IllegalArgumentException("tuple of arity " + cells.length + ", expected " + arity);
                }
                out.add(cells);
            }
        }
        return out;
    }
}
