package io.forecourt.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * The text rule for JSON bodies: a string with a NUL character (U+0000) is refused while reading,
 * so the 400 names the field (see {@link ProblemMappers}) before any work is done.
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    /** After Quarkus's own modules (java.time among them), so these deserializers are the ones used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("forecourt-text").addDeserializer(String.class, new NoNul())
                .addDeserializer(java.time.LocalDate.class, new StoredDate()));
    }

    /** Thrown for a date PostgreSQL cannot store (numbers read as days since 1970 reach far beyond). */
    static final class DateOutOfRange extends InvalidFormatException {
        DateOutOfRange(JsonParser p, Object value) {
            super(p, "must be a date from 0001-01-01 to 9999-12-31", value, java.time.LocalDate.class);
        }
    }

    /** Dates as Jackson reads them, within the years the database stores. */
    static final class StoredDate extends com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer {
        StoredDate() {
            super();
        }

        private StoredDate(com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer base, Boolean leniency) {
            super(base, leniency);
        }

        @Override
        protected com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer withDateFormat(
                java.time.format.DateTimeFormatter formatter) {
            return this;
        }

        @Override
        protected com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer withLeniency(Boolean leniency) {
            return new StoredDate(this, leniency);
        }

        /** No per-field formats in this API: keep this deserializer (the base would hand out a plain one). */
        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                com.fasterxml.jackson.databind.BeanProperty property) {
            return this;
        }

        @Override
        public java.time.LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            java.time.LocalDate date = super.deserialize(p, ctxt);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw new DateOutOfRange(p, date.toString());
            }
            return date;
        }
    }

    /** Thrown for a string with NUL; Jackson adds the field path as the exception travels up. */
    static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser p, String value) {
            super(p, InputGuard.NUL_MESSAGE, value, String.class);
        }
    }

    static final class NoNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (InputGuard.hasNul(value)) {
                throw new NulInText(p, value);
            }
            return value;
        }
    }
}
