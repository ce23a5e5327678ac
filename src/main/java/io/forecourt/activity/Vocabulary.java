package io.forecourt.activity;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads types, purposes, outcomes and departments from requests; an unknown word is a 400 that lists the known ones. */
@ApplicationScoped
class Vocabulary {

    @Inject
    ActivityConfig config;

    List<String> purposes() {
        return config.purposes();
    }

    String purpose(String value) {
        String v = normalise(value);
        if (!config.purposes().contains(v)) {
            throw unknown("purpose", value, config.purposes());
        }
        return v;
    }

    Activity.Type type(String value) {
        return parse(Activity.Type.class, "type", value);
    }

    Activity.Outcome outcome(String value) {
        return parse(Activity.Outcome.class, "outcome", value);
    }

    /** Every role that logs contacts today (rep, manager, admin) works for SALES unless it says otherwise. */
    Activity.Department department(String value) {
        if (value == null || value.isBlank()) {
            return Activity.Department.SALES;
        }
        return parse(Activity.Department.class, "department", value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        String v = normalise(value);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw unknown(field, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    private static ForecourtException unknown(String field, String value, List<String> allowed) {
        return new ForecourtException(400, "Bad request", "Unknown " + field + " '" + value + "'; allowed: "
                + String.join(", ", allowed), Map.of("errors", List.of(Map.of("field", field,
                "message", "must be one of " + String.join(", ", allowed))), "allowed", allowed));
    }
}
