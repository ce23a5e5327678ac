package io.forecourt.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.temporal.Temporal;

/** What a 400 says about a JSON value that could not be read into its field, without class names. */
final class JsonLimits {

    private JsonLimits() {
    }

    static String reason(JsonProcessingException e) {
        if (e instanceof JsonText.DateOutOfRange) {
            return e.getOriginalMessage();
        }
        Class<?> target = null;
        for (Throwable t = e; t != null && target == null; t = t.getCause() == t ? null : t.getCause()) {
            target = t instanceof MismatchedInputException m ? m.getTargetType()
                    : t instanceof com.fasterxml.jackson.core.exc.InputCoercionException c ? c.getTargetType() : null;
        }
        if (target == null) {
            return "has the wrong type or format";
        }
        if (Temporal.class.isAssignableFrom(target) || target == java.time.ZoneId.class) {
            return "is not a date or time in ISO form (e.g. 2026-12-31, 2026-12-31T09:30:00Z) or is out of range";
        }
        if (target == Integer.class || target == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (target == Long.class || target == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number within range";
        }
        if (target.isEnum()) {
            return "must be one of the documented values";
        }
        if (e instanceof InvalidFormatException || target == String.class) {
            return "has the wrong type or format";
        }
        return "has the wrong type or format";
    }
}
