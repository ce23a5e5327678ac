package io.forecourt.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.util.Set;

/**
 * Indents exported documents so they can be read and diffed: the lists of groups, options, tables and
 * rows get one element per line, short lists (markets, columns, the cells of a row) stay on one line.
 */
final class DocumentPrettyPrinter extends DefaultPrettyPrinter {

    private static final Set<String> ONE_PER_LINE = Set.of("groups", "options", "tables", "rows");

    DocumentPrettyPrinter() {
    }

    private DocumentPrettyPrinter(DocumentPrettyPrinter base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new DocumentPrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        if (onePerLine(g)) {
            _nesting++;
        }
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (onePerLine(g)) {
            _objectIndenter.writeIndentation(g, _nesting);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (onePerLine(g)) {
            _objectIndenter.writeIndentation(g, _nesting);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (onePerLine(g)) {
            _nesting--;
            if (values > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
        }
        g.writeRaw(']');
    }

    /** The generator's context is the array itself; its parent names the field holding it. */
    private static boolean onePerLine(JsonGenerator g) {
        JsonStreamContext array = g.getOutputContext();
        JsonStreamContext parent = array.getParent();
        return array.inArray() && parent != null && parent.inObject() && ONE_PER_LINE.contains(parent.getCurrentName());
    }
}
