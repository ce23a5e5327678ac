package io.forecourt.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.forecourt.common.web.FormErrors;

import java.util.Map;
import java.util.TreeMap;

/** Turns what an account or contact form sent into a request, with a message per field that is wrong. */
@ApplicationScoped
class AccountForms {

    @Inject
    FormErrors formErrors;

    /** The request as typed (unreadable coordinates left out) and the errors by field name. */
    record Typed(AccountRequest request, Map<String, String> errors) {
    }

    Typed account(String name, String kind, String status, String street, String postalCode, String city,
                  String country, String latitude, String longitude, String phone, String email, Long ownerId,
                  Long territoryId, Integer version) {
        Map<String, String> errors = new TreeMap<>();
        Double lat = coordinate(latitude, "latitude", errors);
        Double lon = coordinate(longitude, "longitude", errors);
        if ((lat == null) != (lon == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put(lat == null ? "latitude" : "longitude", "give both coordinates or neither");
        }
        String c = blank(country);
        AccountRequest request = new AccountRequest(blank(name), blank(kind), blank(status), blank(street),
                blank(postalCode), blank(city), c == null ? null : c.toUpperCase(java.util.Locale.ROOT), lat, lon,
                blank(phone), blank(email), ownerId, territoryId, version);
        return new Typed(request, formErrors.of(request, errors));
    }

    Map<String, String> errorsOf(Object form) {
        return formErrors.of(form);
    }

    static ContactRequest emptyContact() {
        return new ContactRequest(null, null, null, null, null, false, null);
    }

    static String blank(String s) {
        return AccountService.blankToNull(s);
    }

    private static Double coordinate(String value, String field, Map<String, String> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "is a number in degrees, such as 45.76");
            return null;
        }
    }
}
