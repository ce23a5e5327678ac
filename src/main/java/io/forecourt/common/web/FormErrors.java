package io.forecourt.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A page form is judged exactly as the API judges the request it becomes: Bean Validation of that
 * request record, the first message per field, for the page to show beside each field.
 */
@ApplicationScoped
public class FormErrors {

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** The request's errors by field name, after those the page found itself (unreadable dates, …). */
    public Map<String, String> of(Object request, Map<String, String> found) {
        Map<String, String> errors = new TreeMap<>(found);
        add(validator.validate(request), errors);
        return errors;
    }

    public Map<String, String> of(Object request) {
        return of(request, Map.of());
    }

    /** The errors of a service method's validation ({@code @Valid} on its parameter), by field name. */
    public static Map<String, String> of(ConstraintViolationException e) {
        Map<String, String> errors = new TreeMap<>();
        add(e.getConstraintViolations(), errors);
        return errors;
    }

    /**
     * The fields a service's refusal names (its {@code errors} or {@code violations} with a field), so
     * the page can show each beside its input; empty when the refusal is about no one field.
     */
    public static Map<String, String> of(ForecourtException e) {
        Map<String, String> errors = new TreeMap<>();
        for (String key : new String[] {"errors", "violations"}) {
            if (e.extensions().get(key) instanceof java.util.Collection<?> list) {
                for (Object item : list) {
                    if (item instanceof Violation v && v.field() != null) {
                        errors.putIfAbsent(v.field(), v.message());
                    }
                }
            }
        }
        return errors;
    }

    private static void add(Set<? extends ConstraintViolation<?>> violations, Map<String, String> errors) {
        violations.forEach(v -> errors.putIfAbsent(ProblemMappers.fieldOf(v), v.getMessage()));
    }
}
