package io.forecourt.lead;

import java.text.Normalizer;
import java.util.Locale;

/** The normalised forms duplicate detection compares: the same person written differently matches. */
final class LeadKeys {

    /** Enough to tell "+33 4 72 …" and "04 72 …" apart from the country prefix and trunk zero. */
    static final int PHONE_DIGITS = 9;

    private LeadKeys() {
    }

    static String email(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 6) {
            return null;
        }
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits;
    }

    static String nameCity(String name, String city) {
        String n = plain(name);
        String c = plain(city);
        return n == null || c == null ? null : n + "|" + c;
    }

    /** Lower case, no accents, single spaces: "  Élodie  Martin" → "elodie martin". */
    static String plain(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
