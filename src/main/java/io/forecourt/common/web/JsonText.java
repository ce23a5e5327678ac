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

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("forecourt-text").addDeserializer(String.class, new NoNul()));
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
